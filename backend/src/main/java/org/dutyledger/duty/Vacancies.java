package org.dutyledger.duty;

import org.dutyledger.channel.ChannelSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is missing in one organization on one day: the gaps an office must close (缺位). The rules: each required
 * role ({@link DutyRole#REQUIRED}) nobody holds; each holder who is inactive, or out of the organization's line
 * ({@link HolderInLine}); each channel in service without an administrator. {@link #of} builds them for the rows
 * the matrix shows, {@link #missingRequiredSql} and {@link #holderVacantSql} count them in PostgreSQL for a page
 * of the matrix, and {@link #heldBy} finds a person's after a sync for the vacancy alerts.
 */
@ApplicationScoped
public class Vacancies {

    public static final String HOLDER_INACTIVE = "HOLDER_INACTIVE";
    public static final String HOLDER_NOT_MEMBER = "HOLDER_NOT_MEMBER";

    /** A duty its holder can no longer carry, with what the office needs to hear of it. */
    public record HolderVacancy(long assignmentId, long organizationId, String organizationName, DutyRole role,
                                long personId, String personName, boolean personActive, String channelName) {

        public String type() {
            return holderVacancy(personActive, false);
        }
    }

    @Inject
    EntityManager em;

    /** The vacancy a holder makes (null: none): inactive first, else out of the organization's line. */
    static String holderVacancy(boolean personActive, boolean inLine) {
        return !personActive ? HOLDER_INACTIVE : inLine ? null : HOLDER_NOT_MEMBER;
    }

    /** {@link #holderVacancy} in SQL: the holder is vacant unless active and in line. */
    static String holderVacantSql(String personActive, String inLine) {
        return "NOT " + personActive + " OR NOT " + inLine;
    }

    /** SQL over the grouped holdings `h` of one organization: the number of required roles nobody holds. */
    static String missingRequiredSql(String h) {
        // bool_or keeps the grouping a hash, not a sort
        return DutyRole.REQUIRED.stream().map(r -> "(NOT bool_or(" + h + ".role = '" + r.name() + "'))::int")
                .collect(Collectors.joining(" + "));
    }

    static List<MatrixViews.Vacancy> of(List<ResponsibilityMatrix.Holding> held, List<ResponsibilityMatrix.ActiveChannel> channels) {
        List<MatrixViews.Vacancy> out = new ArrayList<>();
        for (DutyRole role : DutyRole.REQUIRED) {
            if (held.stream().noneMatch(h -> h.role() == role)) {
                out.add(new MatrixViews.Vacancy("NO_" + role.name(), role, null, null, null, null, null, "缺" + role.label));
            }
        }
        for (ResponsibilityMatrix.Holding h : held) {
            String type = holderVacancy(h.personActive(), h.member());
            if (type != null) {
                out.add(new MatrixViews.Vacancy(type, h.role(), h.assignmentId(), h.personId(), h.personName(),
                        h.channelId(), h.channelName(), h.role().label + h.personName() + describe(type)));
            }
        }
        for (ResponsibilityMatrix.ActiveChannel c : channels) {
            if (!c.administered()) {
                out.add(new MatrixViews.Vacancy("CHANNEL_WITHOUT_ADMIN", DutyRole.CHANNEL_ADMIN, null, null, null,
                        c.id(), c.name(), "阵地「" + c.name() + "」无管理员"));
            }
        }
        return out;
    }

    /** How the ledger words a holder's vacancy after the holder's name. */
    public static String describe(String holderVacancyType) {
        return HOLDER_INACTIVE.equals(holderVacancyType) ? "已停用" : "已不在本组织";
    }

    /** The duties `personId` holds on `day` but can no longer carry (inactive, or out of the organization's line). */
    public List<HolderVacancy> heldBy(long personId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.id, d.organization_id, o.name, d.role, p.id, p.name, p.active, c.name FROM duty_assignment d
                        JOIN person p ON p.id = d.person_id
                        JOIN organization o ON o.id = d.organization_id
                        %s
                        WHERE d.person_id = ?1 AND %s AND (%s)""".formatted(ChannelSql.leftJoin("c", "d.channel_id"), HeldOn.sql("d", "?2"),
                        holderVacantSql("p.active", HolderInLine.memberSql("p.id", "o.path"))))
                .setParameter(1, personId).setParameter(2, day).getResultList();
        return rows.stream().map(r -> new HolderVacancy(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], DutyRole.valueOf((String) r[3]), ((Number) r[4]).longValue(), (String) r[5],
                Boolean.TRUE.equals(r[6]), (String) r[7])).toList();
    }
}
