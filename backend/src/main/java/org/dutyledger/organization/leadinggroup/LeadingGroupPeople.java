package org.dutyledger.organization.leadinggroup;

import java.util.Collection;
import java.util.Map;

/**
 * Names of the people a group refers to, and which of them the caller may name (readable ones only). People are
 * person's facts: person implements this (person.PeopleForLeadingGroups), so organization does not depend on person.
 */
public interface LeadingGroupPeople {

    /** Id → name of the given people that exist. */
    Map<Long, String> names(Collection<Long> ids);

    /** Of the given names, those of people the caller may see; the others are as if they did not exist. */
    Map<Long, String> readable(Map<Long, String> names);
}
