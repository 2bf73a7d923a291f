package org.dutyledger.integration.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The addresses a host name resolves to. A seam so that tests decide what DNS answers. */
public interface HostResolver {

    /** Every address of the host (an IP literal resolves to itself); UnknownHostException when there is none. */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
