package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.common.LocalTimes;
import org.dutyledger.dossier.PackageContributor;
import org.dutyledger.dossier.PackageOut;
import org.dutyledger.dossier.PackagePart;
import org.dutyledger.dossier.PackageScope;
import org.dutyledger.organization.OrganizationService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The publication review forms (审核单) of an inspection package: one self-contained, printable HTML page per item
 * published or retracted in the period, with its whole trace (revisions and their hashes, every review decision,
 * publishing and retraction), as the trace API gives it.
 */
@ApplicationScoped
public class PublicationPackagePart implements PackageContributor {

    static final int PAGE = 200;

    @Inject
    PublicationQueries queries;

    @Inject
    PublicationService service;

    @Inject
    OrganizationService organizations;

    @Override
    public PackagePart part() {
        return PackagePart.PUBLICATIONS;
    }

    @Override
    public void write(PackageScope scope, PackageOut out) throws IOException {
        var under = organizations.get(scope.organizationId());
        ZoneId zone = LocalTimes.zone();
        for (int page = 0; ; page++) {
            PublicationViews.Page p = queries.list(new PublicationQueries.ListFilter(null, under, null, null), page, PAGE);
            for (PublicationViews.Summary s : p.items()) {
                if (!scope.subtree() && s.organization().id() != scope.organizationId()) {
                    continue;
                }
                if (s.status() != PublicationStatus.PUBLISHED && s.status() != PublicationStatus.RETRACTED) {
                    continue;
                }
                Publication publication = service.get(s.id());
                PublicationViews.Trace trace = queries.trace(publication);
                Instant when = scope.inPeriod(trace.publishedAt()) ? trace.publishedAt()
                        : scope.inPeriod(trace.retractedAt()) ? trace.retractedAt() : null;
                if (when == null) {
                    continue;
                }
                byte[] html = ReviewForm.html(trace, zone).getBytes(StandardCharsets.UTF_8);
                out.file("信息发布/审核单/" + when.atZone(zone).toLocalDate() + "_" + s.id() + ".html", "review-form",
                        PackageOut.about("publication", s.id(), s.version()), o -> o.write(html));
            }
            if ((long) (page + 1) * PAGE >= p.total()) {
                break;
            }
        }
    }

    /** The 审核单 itself: A4, no scripts, no external resources. */
    static final class ReviewForm {

        private ReviewForm() {
        }

        static String html(PublicationViews.Trace t, ZoneId zone) {
            StringBuilder sb = new StringBuilder();
            PublicationViews.Summary s = t.publication();
            sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>信息发布审核单 — ")
                    .append(esc(s.title())).append("</title>\n<style>\n")
                    .append("@page { size: A4; margin: 18mm; }\n")
                    .append("body { font-family: \"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif; font-size: 11pt; color: #000; }\n")
                    .append("h1 { text-align: center; font-size: 18pt; letter-spacing: .3em; }\n")
                    .append("table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; }\n")
                    .append("th, td { border: 1px solid #000; padding: 4pt 6pt; vertical-align: top; text-align: left; }\n")
                    .append("th { width: 7em; white-space: nowrap; background: #f2f2f2; } code { font-size: 8pt; word-break: break-all; }\n")
                    .append("</style>\n</head>\n<body>\n<h1>信息发布审核单</h1>\n<table>\n");
            row(sb, "组织", s.organization().name());
            row(sb, "发布阵地", s.channel().name());
            row(sb, "标题", s.title());
            row(sb, "作者", t.author() == null ? "" : t.author().name());
            row(sb, "状态", s.status() == PublicationStatus.PUBLISHED ? "已发布" : "已撤回");
            row(sb, "发布版本", t.publishedRevision() == null ? "" : "第 " + t.publishedRevision() + " 版");
            rowCode(sb, "内容哈希", t.publishedContentHash());
            row(sb, "发布时间", time(t.publishedAt(), zone) + (t.publishedBy() == null ? "" : "　" + t.publishedBy().name()));
            if (t.retractedAt() != null) {
                row(sb, "撤回", time(t.retractedAt(), zone) + (t.retractedBy() == null ? "" : "　" + t.retractedBy().name())
                        + (t.retractReason() == null ? "" : "　理由：" + t.retractReason()));
            }
            sb.append("</table>\n<h2>审核意见</h2>\n<table>\n<tr><th>轮次/步骤</th><th>审核人</th><th>结论</th><th>意见</th><th>时间</th></tr>\n");
            for (PublicationViews.ReviewDecision d : t.reviews()) {
                sb.append("<tr><td>第 ").append(d.submission()).append(" 轮 第 ").append(d.step()).append(" 步 ")
                        .append(esc(d.stepName())).append("（").append(esc(d.role().label)).append("）</td><td>")
                        .append(esc(d.reviewer().name())).append("</td><td>")
                        .append("APPROVED".equals(d.decision()) ? "同意" : "退回").append(d.voidedAt() == null ? "" : "（修改后失效）")
                        .append("</td><td>").append(esc(d.comment())).append("<br><code>第 ").append(d.revisionNumber())
                        .append(" 版 ").append(esc(d.contentHash())).append("</code></td><td>").append(time(d.decidedAt(), zone))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n<h2>全过程记录</h2>\n<table>\n<tr><th>时间</th><th>操作</th><th>操作人</th><th>版本</th><th>说明</th></tr>\n");
            for (PublicationViews.Event e : t.timeline()) {
                sb.append("<tr><td>").append(time(e.occurredAt(), zone)).append("</td><td>").append(esc(e.action()))
                        .append("（").append(esc(e.fromStatus())).append(" → ").append(esc(e.toStatus())).append("）</td><td>")
                        .append(esc(e.actor() == null ? "系统" : e.actor().name())).append("</td><td>第 ").append(e.revisionNumber())
                        .append(" 版<br><code>").append(esc(e.contentHash())).append("</code></td><td>").append(esc(e.comment()))
                        .append("</td></tr>\n");
            }
            return sb.append("</table>\n</body>\n</html>\n").toString();
        }

        private static void row(StringBuilder sb, String label, String value) {
            sb.append("<tr><th>").append(label).append("</th><td>").append(esc(value)).append("</td></tr>\n");
        }

        private static void rowCode(StringBuilder sb, String label, String value) {
            sb.append("<tr><th>").append(label).append("</th><td><code>").append(esc(value)).append("</code></td></tr>\n");
        }

        private static String time(Instant t, ZoneId zone) {
            return t == null ? "" : LocalTimes.dateTime(t, zone);
        }

        private static String esc(String s) {
            return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
