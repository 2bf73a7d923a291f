package org.dutyledger.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The organization a package is about: its tree path (for the scope) and its name (for titles and file names). */
@ApplicationScoped
public class PackageOrganizations {

    public record Org(long id, String path, String name) {
    }

    @Inject
    EntityManager em;

    /** The organization, or null when there is none with this id. */
    public Org find(long id) {
        List<?> rows = em.createNativeQuery("SELECT path, name FROM organization WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new Org(id, (String) r[0], (String) r[1]);
    }
}
