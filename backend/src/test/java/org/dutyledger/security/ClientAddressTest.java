package org.dutyledger.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** X-Forwarded-For is believed only from configured proxies, and read from the hop nearest to us. */
class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheConnectionIsTheClient() {
        ClientAddress none = new ClientAddress(List.of());
        assertThat(none.of("198.51.100.4", "203.0.113.9")).isEqualTo("198.51.100.4");
        assertThat(none.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void aTrustedProxyNamesTheClientAndCannotBeFooledByAPrependedHeader() {
        ClientAddress proxies = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5", "fd00::/8"));
        assertThat(proxies.of("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
        // The client sent "X-Forwarded-For: 1.2.3.4" itself; our proxy appended the real address.
        assertThat(proxies.of("10.1.2.3", "1.2.3.4, 203.0.113.9")).isEqualTo("203.0.113.9");
        // Two of our proxies in a row.
        assertThat(proxies.of("192.168.1.5", "203.0.113.9, 10.9.9.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.of("fd00::1", "2001:db8::7")).isEqualTo("2001:db8::7");
        // Not from a trusted proxy: the header is ignored.
        assertThat(proxies.of("192.168.1.6", "203.0.113.9")).isEqualTo("192.168.1.6");
        // Garbage in the header: the last readable hop.
        assertThat(proxies.of("10.1.2.3", "evil.example, not-an-address")).isEqualTo("10.1.2.3");
    }

    @Test
    void aMalformedConfigurationFailsLoudly() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.org"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
