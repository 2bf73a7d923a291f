package org.dutyledger.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.accountability.AccountabilityFilers;
import org.dutyledger.accountability.AccountabilityRequests;

import java.util.Map;

/** The demo's filing grant: 林正 (login `discipline`) files accountability cases in the name of the district (临江区委). */
@ApplicationScoped
public class DemoAccountability {

    @Inject
    AccountabilityFilers filers;

    @Inject
    EntityManager em;

    void load(Map<String, Long> orgIds) {
        long person = ((Number) em.createNativeQuery("SELECT id FROM person WHERE username = 'discipline'").getSingleResult()).longValue();
        filers.grant(new AccountabilityRequests.GrantFiler(orgIds.get("DISTRICT"), person));
    }
}
