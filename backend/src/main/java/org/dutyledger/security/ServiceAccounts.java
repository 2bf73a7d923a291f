package org.dutyledger.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;

/**
 * The service-account rule, in one place: a token obtained by the client-credentials grant belongs to a
 * machine client (an OA system), never to a person. It is never linked to a person, so it never has
 * organization scope; its rights are its realm roles' alone (`integration`: the directory sync,
 * docs/integration.md). And no person may carry a service account's login name, so no login can be linked
 * through one.
 *
 * <p>A token is a service account's when any of these holds: it carries the realm role `integration` (given
 * to machine clients only); its username is Keycloak's service-account name `service-account-<client id>`
 * (Keycloak reserves the prefix for them); or it carries the `client_id` claim that Keycloak's
 * `service_account` client scope adds to client-credentials tokens only. A user's login has none of them.
 */
public final class ServiceAccounts {

    /** Keycloak names the user behind a client's service account `service-account-<client id>`. */
    public static final String USERNAME_PREFIX = "service-account-";

    private ServiceAccounts() {
    }

    public static boolean isServiceAccountName(String username) {
        return username != null && username.strip().toLowerCase(Locale.ROOT).startsWith(USERNAME_PREFIX);
    }

    public static boolean isServiceAccount(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return false;
        }
        if (identity.hasRole(CurrentUser.INTEGRATION) || isServiceAccountName(identity.getPrincipal().getName())) {
            return true;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return jwt.containsClaim("client_id") || jwt.containsClaim("clientId");
        }
        return false;
    }
}
