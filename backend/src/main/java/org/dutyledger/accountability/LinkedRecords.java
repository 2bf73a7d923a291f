package org.dutyledger.accountability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.FieldCode;
import org.dutyledger.common.ProblemException;
import org.dutyledger.inspection.rectification.Finding;
import org.dutyledger.inspection.rectification.FindingService;
import org.dutyledger.inspection.rectification.Rectification;
import org.dutyledger.inspection.rectification.RectificationService;
import org.dutyledger.obligation.FulfilmentRecord;
import org.dutyledger.obligation.FulfilmentService;
import org.dutyledger.obligation.ObligationQueries;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.publication.Publication;
import org.dutyledger.publication.PublicationService;
import org.dutyledger.report.major.MajorMatter;
import org.dutyledger.report.major.MajorMatterService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records a case links to, checked through their own capabilities (each one's read scope applies): they exist, the
 * caller may read them, and they belong to the subject organization or below it. An unknown one is a 404 naming
 * `links[i].id`; one of another organization a 422 on the same field.
 */
@ApplicationScoped
public class LinkedRecords {

    public record Checked(LinkKind kind, long id, Integer decisionIndex, String label) {
    }

    @Inject
    PublicationService publications;

    @Inject
    MajorMatterService majorMatters;

    @Inject
    FindingService findings;

    @Inject
    RectificationService rectifications;

    @Inject
    ObligationQueries obligations;

    @Inject
    FulfilmentService fulfilments;

    @Inject
    OrganizationRepository organizations;

    public List<Checked> check(List<AccountabilityRequests.Link> links, Organization subject) {
        List<Checked> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; links != null && i < links.size(); i++) {
            AccountabilityRequests.Link l = links.get(i);
            String field = "links[" + i + "]";
            if (!seen.add(l.kind() + ":" + l.id() + ":" + l.decisionIndex())) {
                throw ProblemException.invalid(field + ".id", FieldCode.LISTED_TWICE, Map.of("id", l.id()));
            }
            if (l.decisionIndex() != null && l.kind() != LinkKind.FULFILMENT) {
                throw ProblemException.invalid(field + ".decisionIndex", FieldCode.INVALID);
            }
            out.add(checkOne(l, field, subject));
        }
        return out;
    }

    private Checked checkOne(AccountabilityRequests.Link l, String field, Organization subject) {
        long organizationId;
        String label;
        try {
            switch (l.kind()) {
                case PUBLICATION -> {
                    Publication p = publications.get(l.id());
                    organizationId = p.organizationId;
                    label = "信息发布：" + p.title;
                }
                case MAJOR_MATTER -> {
                    MajorMatter m = majorMatters.get(l.id());
                    organizationId = m.organizationId;
                    label = "重大事项报告：" + m.title;
                }
                case FINDING -> {
                    Finding f = findings.get(l.id());
                    organizationId = f.targetOrganizationId;
                    label = "发现问题：" + brief(f.description);
                }
                case RECTIFICATION -> {
                    Rectification r = rectifications.get(l.id());
                    Finding f = findings.get(r.findingId);
                    organizationId = f.targetOrganizationId;
                    label = "整改：" + brief(f.description);
                }
                case OBLIGATION -> {
                    ObligationQueries.InstanceRow o = obligations.requireVisible(l.id());
                    organizationId = o.organizationId();
                    label = "责任事项 " + o.id() + "（到期 " + o.dueDate() + "，" + o.status() + "）";
                }
                case FULFILMENT -> {
                    FulfilmentRecord r = fulfilments.get(l.id());
                    organizationId = r.organizationId;
                    if (l.decisionIndex() != null && l.decisionIndex() >= r.decisions.size()) {
                        throw ProblemException.invalid(field + ".decisionIndex", FieldCode.OUT_OF_RANGE,
                                Map.of("min", 0, "max", Math.max(0, r.decisions.size() - 1)));
                    }
                    label = "落实记录：" + r.happenedOn + " " + r.title
                            + (l.decisionIndex() == null ? "" : "，决定：" + brief(r.decisions.get(l.decisionIndex()).text()));
                }
                default -> throw new IllegalStateException("every link kind is handled");
            }
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw ProblemException.unknownReference(field + ".id", l.kind().name(), l.id());
            }
            throw e;
        }
        if (!organizations.require(organizationId).path.startsWith(subject.path)) {
            throw ProblemException.invalid(field + ".id", FieldCode.NOT_CONCERNING_SUBJECT, Map.of("organization", subject.name));
        }
        return new Checked(l.kind(), l.id(), l.decisionIndex(), label);
    }

    static String brief(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
