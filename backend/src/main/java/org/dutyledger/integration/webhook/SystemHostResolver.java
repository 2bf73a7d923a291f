package org.dutyledger.integration.webhook;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The JDK's resolver. Its positive cache (networkaddress.cache.ttl, 30 s by default) also serves the HTTP
 * client, so the connection made right after a check goes to the addresses that were checked.
 */
@ApplicationScoped
@DefaultBean
public class SystemHostResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
