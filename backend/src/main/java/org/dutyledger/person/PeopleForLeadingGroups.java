package org.dutyledger.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.organization.leadinggroup.LeadingGroupPeople;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The people a leading group names, answered from the person tables with the person's read scope. */
@ApplicationScoped
public class PeopleForLeadingGroups implements LeadingGroupPeople {

    @Inject
    PersonQueries personQueries;

    @Inject
    PersonScope personScope;

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return personQueries.names(ids);
    }

    @Override
    public Map<Long, String> readable(Map<Long, String> names) {
        Map<Long, String> out = new HashMap<>(names);
        Map<Long, List<MembershipLine>> memberships = personQueries.memberships(out.keySet());
        out.keySet().removeIf(id -> !personScope.canRead(memberships.getOrDefault(id, List.of())));
        return out;
    }
}
