package org.dutyledger.integration.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests' DNS (the build machine may have none): it replaces the JDK resolver in every test. IP literals and
 * localhost resolve as usual, names under example.org/.com/.net to a public address unless a test scripts
 * another answer, anything else is unknown.
 */
@ApplicationScoped
public class ScriptedHostResolver implements HostResolver {

    static final String PUBLIC_ADDRESS = "93.184.215.14";

    private final Map<String, List<String>> answers = new ConcurrentHashMap<>();

    /** From now on, the host resolves to these addresses (none: unknown host). */
    public void answer(String host, String... addresses) {
        answers.put(host.toLowerCase(), List.of(addresses));
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        String name = host.toLowerCase();
        if (name.matches("[0-9.]+") || name.contains(":") || name.equals("localhost")) {
            return List.of(InetAddress.getAllByName(name));
        }
        List<String> scripted = answers.get(name);
        if (scripted == null && name.matches(".*\\.example\\.(org|com|net)\\.?")) {
            scripted = List.of(PUBLIC_ADDRESS);
        }
        if (scripted == null || scripted.isEmpty()) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> out = new ArrayList<>();
        for (String a : scripted) {
            out.add(InetAddress.getByAddress(host, InetAddress.getByName(a).getAddress()));
        }
        return out;
    }
}
