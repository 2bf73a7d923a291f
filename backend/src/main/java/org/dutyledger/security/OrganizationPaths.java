package org.dutyledger.security;

import java.util.Optional;

/**
 * The path of an organization by id, for scope checks in packages that do not own organizations (the organization
 * capability implements it).
 */
public interface OrganizationPaths {

    Optional<String> pathOf(long organizationId);
}
