package org.dutyledger.channel;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ProblemException;

@ApplicationScoped
public class ChannelRepository implements PanacheRepository<Channel> {

    public Channel require(long id) {
        Channel channel = findById(id);
        if (channel == null) {
            throw ProblemException.notFound("Channel", id);
        }
        return channel;
    }
}
