package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.ProblemException;
import org.dutyledger.organization.Organization;
import org.dutyledger.person.MembershipLine;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.person.PersonRepository;
import org.dutyledger.person.PersonScope;

import java.util.List;

/**
 * Whether a person could carry a duty of an organization without the matrix flagging a vacancy: asked by the hand-over
 * and assignment dialogs before the change, with the matrix's own rules ({@link HolderInLine}, {@link Vacancies}).
 */
@ApplicationScoped
public class DutyCandidates {

    @Inject
    PersonRepository people;

    @Inject
    PersonQueries personQueries;

    @Inject
    PersonScope personScope;

    /** The organization is readable by the caller (the resource checked it); the person must be too, else 404. */
    public DutyViews.Candidate of(Organization org, long personId) {
        Person p = people.findById(personId);
        List<MembershipLine> memberships = p == null ? List.of() : personQueries.memberships(personId);
        if (p == null || !personScope.canRead(memberships)) {
            throw ProblemException.notFound("Person", personId);
        }
        boolean inLine = HolderInLine.inLine(org.path, memberships.stream().map(MembershipLine::path).toList());
        return new DutyViews.Candidate(org.id, new DutyAssignmentView.Holder(p.id, p.name, p.active), inLine,
                Vacancies.holderVacancy(p.active, inLine));
    }
}
