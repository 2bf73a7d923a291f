package org.dutyledger.duty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dutyledger.common.SqlValues;

/**
 * One holder at a time, no overlap: one FIRST_RESPONSIBLE per organization on any day; one DIRECT_RESPONSIBLE
 * unless the organization allows several (its duty settings); and never two overlapping periods of the same person,
 * role and organization (and channel). The database keeps the same rule as the exclusion constraints of V2
 * ({@link #EXCLUSION_CONSTRAINTS}; `sole_holder` is set by a trigger from the role and the organization's flag);
 * the checks here come first so that the caller learns which assignment is in the way — the assignment service,
 * the settings change and the import's dry run (against the ledger and the file's earlier rows) ask the same.
 */
@ApplicationScoped
public class OneHolderAtATime {

    /** An assignment of the role in the organization whose period overlaps the one asked about. */
    public record Holding(long assignmentId, long personId, String personName, LocalDate validFrom, LocalDate validTo,
                          Long channelId) {
    }

    /** The V2 exclusion constraints of this rule and what their violation tells the caller (409 duty-conflict). */
    public static final Map<String, String> EXCLUSION_CONSTRAINTS = Map.of(
            "duty_assignment_sole_holder", "another holder of this role overlaps the period in this organization",
            "duty_assignment_no_overlap", "this person already holds this role here in an overlapping period");

    @Inject
    EntityManager em;

    @Inject
    DutyAssignmentRepository assignments;

    /** Whether the role has one holder at a time, given the organization's DIRECT_RESPONSIBLE setting. */
    public static boolean sole(DutyRole role, boolean allowsMultipleDirectResponsible) {
        return role == DutyRole.FIRST_RESPONSIBLE || role == DutyRole.DIRECT_RESPONSIBLE && !allowsMultipleDirectResponsible;
    }

    public boolean sole(DutyRole role, long organizationId) {
        return sole(role, assignments.allowsMultipleDirectResponsible(organizationId));
    }

    /** Two periods (last days inclusive, null = open) share a day. */
    public static boolean overlaps(LocalDate from, LocalDate to, LocalDate otherFrom, LocalDate otherTo) {
        return !otherFrom.isAfter(to == null ? DutyAssignment.OPEN_END : to)
                && !(otherTo == null ? DutyAssignment.OPEN_END : otherTo).isBefore(from);
    }

    /**
     * An overlapping assignment of the same role and organization is in the way when the role is sole, or when it is
     * the same holder (person, and channel for a channel administrator) again.
     */
    public static boolean inTheWay(boolean sole, Object person, Object channel, Object otherPerson, Object otherChannel) {
        return sole || Objects.equals(person, otherPerson) && Objects.equals(channel, otherChannel);
    }

    /** {@link #overlaps} in SQL: the assignment `a` overlaps the period from `from` to `to` (bound, `to` never null). */
    static String overlapsSql(String a, String from, String to) {
        return a + ".valid_from <= " + to + " AND coalesce(" + a + ".valid_to, DATE '9999-12-31') >= " + from;
    }

    /** {@link #overlaps} in SQL between two assignments, as the exclusion constraints write it. */
    static String overlapSql(String a, String b) {
        return "daterange(" + a + ".valid_from, " + a + ".valid_to, '[]') && daterange(" + b + ".valid_from, " + b + ".valid_to, '[]')";
    }

    /**
     * The first assignment in the way of a candidate (`self` is the candidate's own id when it is stored, else -1;
     * `sole` from {@link #sole(DutyRole, long)}).
     */
    public Optional<Holding> firstInTheWay(boolean sole, long organizationId, DutyRole role, long self, long personId,
                                           Long channelId, LocalDate from, LocalDate to) {
        return overlapping(organizationId, role, self, from, to).stream()
                .filter(h -> inTheWay(sole, personId, channelId, h.personId(), h.channelId())).findFirst();
    }

    /** Assignments of the role in the organization (but `self`) overlapping the period, earliest first. */
    List<Holding> overlapping(long organizationId, DutyRole role, long self, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.person_id, p.name, a.valid_from, a.valid_to, a.channel_id
                        FROM duty_assignment a JOIN person p ON p.id = a.person_id
                        WHERE a.organization_id = ?1 AND a.role = ?2 AND a.id <> ?3
                          AND %s
                        ORDER BY a.valid_from, a.id""".formatted(overlapsSql("a", "?4", "?5")))
                .setParameter(1, organizationId).setParameter(2, role.name()).setParameter(3, self)
                .setParameter(4, from).setParameter(5, to == null ? DutyAssignment.OPEN_END : to)
                .getResultList();
        return rows.stream().map(OneHolderAtATime::holding).toList();
    }

    /** A DIRECT_RESPONSIBLE of the organization whose period overlaps another's: in the way of "one at a time". */
    Optional<Holding> overlappingDirectResponsible(long organizationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.person_id, p.name, a.valid_from, a.valid_to, a.channel_id FROM duty_assignment a
                        JOIN person p ON p.id = a.person_id
                        JOIN duty_assignment b ON b.organization_id = a.organization_id AND b.role = a.role AND b.id <> a.id
                        WHERE a.organization_id = ?1 AND a.role = 'DIRECT_RESPONSIBLE'
                          AND %s
                        ORDER BY a.valid_from, a.id LIMIT 1""".formatted(overlapSql("a", "b")))
                .setParameter(1, organizationId).getResultList();
        return rows.stream().map(OneHolderAtATime::holding).findFirst();
    }

    private static Holding holding(Object[] r) {
        return new Holding(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                SqlValues.date(r[3]), SqlValues.date(r[4]), r[5] == null ? null : ((Number) r[5]).longValue());
    }
}
