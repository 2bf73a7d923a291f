package org.dutyledger.channel;

import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Map;
import java.util.Collection;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ProblemException;

@ApplicationScoped
public class ChannelRepository implements PanacheRepository<Channel> {

    /** The channels with these ids, by id (missing ids are left out). */
    public Map<Long, Channel> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c));
    }

    /** The organization's first channel of that name, as the import kinds name channels. */
    public Optional<Long> idByName(long organizationId, String name) {
        return find("organizationId = ?1 and name = ?2 order by id", organizationId, name).firstResultOptional().map(c -> c.id);
    }

    public Channel require(long id) {
        Channel channel = findById(id);
        if (channel == null) {
            throw ProblemException.notFound("Channel", id);
        }
        return channel;
    }
}
