package org.dutyledger.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.SqlParams;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.person.PersonQueries;
import org.dutyledger.security.CurrentUser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Reading cases: one as the caller may see it, the visible ones as a page, and the caller's own lines. */
@ApplicationScoped
public class AccountabilityQueries {

    @Inject
    EntityManager em;

    @Inject
    CaseVisibility visibility;

    @Inject
    CurrentUser user;

    @Inject
    PersonQueries people;

    @Inject
    OrganizationQueries organizations;

    @Inject
    OrganizationRepository organizationRows;

    public List<AccountabilityLine> lines(long caseId) {
        return em.createQuery("FROM AccountabilityLine WHERE caseId = ?1 ORDER BY position, id", AccountabilityLine.class)
                .setParameter(1, caseId).getResultList();
    }

    public List<AccountabilityLink> links(long caseId) {
        return em.createQuery("FROM AccountabilityLink WHERE caseId = ?1 ORDER BY position", AccountabilityLink.class)
                .setParameter(1, caseId).getResultList();
    }

    /** The case as the caller sees it (the service has checked they see it at all). */
    public AccountabilityViews.Case view(AccountabilityCase c, CaseVisibility.Sight sight) {
        List<AccountabilityLine> lines = lines(c.id);
        if (sight == CaseVisibility.Sight.OWN_LINE) {
            lines = lines.stream().filter(l -> Objects.equals(l.personId, user.personId())).toList();
        }
        Map<Long, String> names = people.names(lines.stream().map(l -> l.personId).toList());
        Set<Long> orgIds = new HashSet<>(List.of(c.filingOrganizationId, c.subjectOrganizationId));
        if (c.filedUpwardToId != null) {
            orgIds.add(c.filedUpwardToId);
        }
        Map<Long, OrganizationRef> orgs = organizations.refs(orgIds);
        return new AccountabilityViews.Case(c.id, c.version, c.filingOrganizationId, name(orgs, c.filingOrganizationId),
                c.subjectOrganizationId, name(orgs, c.subjectOrganizationId), c.title, c.incidentDate, c.situation,
                c.situationText, c.description, c.decisionKind,
                links(c.id).stream().map(l -> new AccountabilityViews.Link(l.kind, l.targetId, l.decisionIndex, l.label)).toList(),
                c.status, c.decidedAt, c.decidedByName, c.decisionBasis, c.filedUpwardToId,
                c.filedUpwardToId == null ? null : name(orgs, c.filedUpwardToId), c.closedAt, c.createdAt, c.createdByName,
                lines.stream().map(l -> line(l, names.get(l.personId))).toList(), sight == CaseVisibility.Sight.OWN_LINE);
    }

    static AccountabilityViews.Line line(AccountabilityLine l, String personName) {
        return new AccountabilityViews.Line(l.id, l.personId, personName, l.responsibility, l.proposed, l.source, l.role,
                l.assignmentId, l.assignmentBasis, l.why, l.exempt,
                l.exemptKind == null ? null : new AccountabilityViews.ExemptingRecord(l.exemptKind, l.exemptRecordId, l.exemptAt, l.exemptText),
                l.edited, l.editReason, l.statementText == null ? null : new AccountabilityViews.Statement(l.statementText, l.statementAt),
                l.outcome);
    }

    private static String name(Map<Long, OrganizationRef> orgs, long id) {
        OrganizationRef r = orgs.get(id);
        return r == null ? null : r.name();
    }

    public AccountabilityViews.CasePage list(Long filingOrganizationId, Long subjectOrganizationId, CaseStatus status, int page, int size) {
        SqlParams params = SqlParams.forJpa();
        StringBuilder where = new StringBuilder(visibility.condition("c", "fo.path", params));
        if (filingOrganizationId != null) {
            where.append(" AND c.filing_organization_id = ").append(params.bind(filingOrganizationId));
        }
        if (subjectOrganizationId != null) {
            where.append(" AND c.subject_organization_id = ").append(params.bind(subjectOrganizationId));
        }
        if (status != null) {
            where.append(" AND c.status = ").append(params.bind(status.name()));
        }
        String from = " FROM accountability_case c JOIN organization fo ON fo.id = c.filing_organization_id WHERE " + where;
        @SuppressWarnings("unchecked")
        List<Number> ids = params.applyTo(em.createNativeQuery("SELECT c.id" + from + " ORDER BY c.created_at DESC, c.id DESC"))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) params.applyTo(em.createNativeQuery("SELECT count(*)" + from)).getSingleResult()).longValue();
        List<AccountabilityViews.Case> items = new ArrayList<>();
        for (Number id : ids) {
            AccountabilityCase c = em.find(AccountabilityCase.class, id.longValue());
            String path = organizationRows.require(c.filingOrganizationId).path;
            items.add(view(c, visibility.sight(path, lines(c.id).stream().map(l -> l.personId).toList())));
        }
        return new AccountabilityViews.CasePage(items, total, page, size);
    }

    /** The caller's lines that wait for a statement: on cases under review, none made yet (the menu's badge). */
    public long openLinesOfCaller() {
        Long me = user.personId();
        if (me == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(l) FROM AccountabilityLine l, AccountabilityCase c WHERE c.id = l.caseId"
                        + " AND l.personId = ?1 AND c.status = ?2 AND l.statementText IS NULL", Long.class)
                .setParameter(1, me).setParameter(2, CaseStatus.UNDER_REVIEW).getSingleResult();
    }

    /** The caller's own lines, newest case first. */
    public List<AccountabilityViews.MyLine> mine() {
        Long me = user.personId();
        if (me == null) {
            return List.of();
        }
        List<AccountabilityLine> lines = em.createQuery("FROM AccountabilityLine WHERE personId = ?1 ORDER BY caseId DESC",
                AccountabilityLine.class).setParameter(1, me).getResultList();
        String myName = people.names(List.of(me)).get(me);
        List<AccountabilityViews.MyLine> out = new ArrayList<>();
        for (AccountabilityLine l : lines) {
            AccountabilityCase c = em.find(AccountabilityCase.class, l.caseId);
            out.add(new AccountabilityViews.MyLine(c.id, c.title, c.incidentDate, c.status,
                    organizations.refs(List.of(c.subjectOrganizationId)).get(c.subjectOrganizationId).name(), line(l, myName)));
        }
        return out;
    }
}
