package org.dutyledger.demo;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** Demo people, memberships and a leading group (filled in with the person capability). */
@ApplicationScoped
public class DemoPeople {

    void load(Map<String, Long> orgIds) {
    }
}
