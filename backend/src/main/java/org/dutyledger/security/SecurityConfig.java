package org.dutyledger.security;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "dutyledger.security")
public interface SecurityConfig {

    /**
     * Reverse proxies (addresses or CIDR blocks, IPv4 or IPv6) whose X-Forwarded-For the security log believes.
     * None by default: the client address is the address of the connection.
     */
    Optional<List<String>> trustedProxies();
}
