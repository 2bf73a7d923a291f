package org.dutyledger.security;

import java.util.List;

/**
 * A person's memberships as the scope needs them, primary first. The person capability owns the memberships and
 * implements this, so that security depends on none of it.
 */
public interface MembershipDirectory {

    List<PersonLink.ScopeEntry> scopeOf(long personId);
}
