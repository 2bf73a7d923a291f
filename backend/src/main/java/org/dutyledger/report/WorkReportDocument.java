package org.dutyledger.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as offices file it, a Word document: the title, the recipient (主送), the three sections with their
 * numbered headings, then the organization, the date and the principal leader's signature line.
 */
public final class WorkReportDocument {

    private static final String FONT = "仿宋";
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("&#(?:(\\d{1,7})|x([0-9a-fA-F]{1,6}));");

    private WorkReportDocument() {
    }

    /** The file name offices expect: the title. */
    public static String fileName(WorkReportViews.Report r) {
        return r.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".docx";
    }

    public static byte[] docx(WorkReportViews.Report r, LocalDate date) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, r.title(), 22, true, "方正小标宋简体");
            run(doc.createParagraph(), r.recipientOrganizationName() + "：", 16, false, FONT);
            section(doc, "一、工作开展情况", r.progress());
            section(doc, "二、存在问题", r.problems());
            section(doc, "三、下一步打算", r.plans());
            doc.createParagraph();
            right(doc, r.organizationName());
            right(doc, chineseDate(date));
            right(doc, "第一责任人（签字）：" + (r.signedOffByName() == null ? "______________" : r.signedOffByName()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a document in memory cannot fail to write", e);
        }
    }

    private static void section(XWPFDocument doc, String heading, String html) {
        run(doc.createParagraph(), heading, 16, true, "黑体");
        for (String line : paragraphs(html)) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(640);
            run(p, line, 16, false, FONT);
        }
    }

    private static void right(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, text, 16, false, FONT);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, String font) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(font);
    }

    /** The sanitized HTML as plain paragraphs: one per block (p, h1–h6, li, div, tr) or line break. */
    static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|h[1-6]|li|div|tr|blockquote)>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        text = NUMERIC.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                Character.toString(m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16))))
                .replace("&amp;", "&");
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
