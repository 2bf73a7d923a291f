package org.dutyledger.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Who is calling: identity from the token, the linked person, and the organizations they belong to. */
@RequestScoped
public class CurrentUser {

    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    /** Realm role of machine clients (OIDC client-credentials service accounts) that sync the OA directory. */
    public static final String INTEGRATION = "integration";

    @Inject
    SecurityIdentity identity;

    @Inject
    PersonLink personLink;

    private PersonLink.Linked linked;
    private boolean system;
    private boolean directorySync;
    private StoredIdentity acting;

    /**
     * An identity captured during a request and acted as later, outside it (a background import job acts as
     * its uploader): subject and username name the actor in audit events and link the person, whose
     * memberships give the scope; the admin/auditor flags are the global roles the token carried.
     */
    public record StoredIdentity(String subject, String username, boolean admin, boolean auditor) {
    }

    /** The caller as a StoredIdentity, to be acted as later (see {@link #actAs}). */
    public StoredIdentity capture() {
        return new StoredIdentity(subject(), username(), isAdmin(), isAuditor());
    }

    /**
     * Background work acts as a stored identity instead of the (absent) token, in a request context the
     * worker activated for it. Used by the import worker only.
     */
    public void actAs(StoredIdentity identity) {
        acting = identity;
        linked = null;
    }

    /** Startup work (demo data) acts as the system, with an administrator's reach. */
    public void actAsSystem() {
        system = true;
    }

    public boolean isSystem() {
        return system;
    }

    public boolean isAnonymous() {
        return !system && acting == null && identity.isAnonymous();
    }

    public String username() {
        if (system) {
            return "system";
        }
        if (acting != null) {
            return acting.username();
        }
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String subject() {
        if (acting != null) {
            return acting.subject();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        Object sub = identity.getAttribute("sub");
        return sub == null ? null : sub.toString();
    }

    /**
     * The caller's name as the ledger writes it: the person record's (the token's `name` claim is Keycloak's "given
     * family", which reads 桂兰 赵 for 赵桂兰), else the token's, else the login.
     */
    public String displayName() {
        if (person() != null) {
            return person().name();
        }
        if (acting == null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("name") != null) {
            return jwt.getClaim("name").toString();
        }
        return username();
    }

    public boolean isAdmin() {
        return system || directorySync || (acting != null ? acting.admin() : identity.hasRole(ADMIN));
    }

    public boolean isIntegration() {
        return acting == null && !identity.isAnonymous() && identity.hasRole(INTEGRATION);
    }

    /** A machine client's token (client-credentials grant): never a person, never organization scope. */
    public boolean isServiceAccount() {
        return !system && acting == null && ServiceAccounts.isServiceAccount(identity);
    }

    /**
     * A directory sync reaches the whole tree like an administrator, but stays recorded as the calling
     * account (the service account of the OA system), not as the system.
     */
    public void actForDirectorySync() {
        directorySync = true;
    }

    public boolean isAuditor() {
        return acting != null ? acting.auditor() : identity.hasRole(AUDITOR);
    }

    public Set<String> globalRoles() {
        Set<String> roles = new TreeSet<>();
        if (isAdmin()) {
            roles.add(ADMIN);
        }
        if (isAuditor()) {
            roles.add(AUDITOR);
        }
        return roles;
    }

    /** The caller's person record, or null when the account is not linked to one (a service account never is). */
    public PersonLink.Linked person() {
        if (isServiceAccount()) {
            return null;
        }
        if (linked == null && !system && !isAnonymous()) {
            linked = personLink.resolve(subject(), username());
        }
        return linked == PersonLink.Linked.NONE ? null : linked;
    }

    public Long personId() {
        return person() == null ? null : person().id();
    }

    /** Memberships of an active person, each with the organization's tree path. */
    public List<PersonLink.ScopeEntry> memberships() {
        return person() == null || !person().active() ? List.of() : person().memberships();
    }
}
