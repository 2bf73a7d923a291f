package org.dutyledger.dossier;

import org.dutyledger.common.LocalTimes;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A ledger as a self-contained printable HTML page (A4 landscape, the organization's heading, 制表日期, the table's
 * header repeated on every printed page), next to its xlsx in a package: no scripts, no external styles or fonts.
 */
public final class PrintableTable {

    private PrintableTable() {
    }

    /** The body of the HTML file: `title` of the organization in `scope`, the headers and the rows as in the xlsx. */
    public static PackageOut.Body of(PackageScope scope, String title, List<String> headers, List<List<String>> rows) {
        return out -> write(out, scope, title, headers, rows);
    }

    private static void write(OutputStream out, PackageScope scope, String title, List<String> headers, List<List<String>> rows)
            throws java.io.IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String heading = PackageReadme.esc(scope.organizationName()) + " " + PackageReadme.esc(title);
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + heading + "</title>\n<style>\n"
                + "@page { size: A4 landscape; margin: 12mm; }\n"
                + "body { font-family: \"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif; font-size: 10pt; color: #000; }\n"
                + "h1 { text-align: center; font-size: 16pt; margin: 0 0 4pt; }\n"
                + ".meta { display: flex; justify-content: space-between; margin: 0 0 6pt; }\n"
                + "table { border-collapse: collapse; width: 100%; } thead { display: table-header-group; }\n"
                + "th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; white-space: pre-wrap; }\n"
                + "th { background: #eee; } tr { page-break-inside: avoid; }\n"
                + "</style>\n</head>\n<body>\n<h1>" + heading + "</h1>\n<div class=\"meta\"><span>期间：" + scope.from() + " 至 "
                + scope.to() + "</span><span>制表日期：" + Instant.now().atZone(LocalTimes.zone()).toLocalDate()
                + "</span></div>\n<table>\n<thead><tr>");
        for (String h : headers) {
            w.write("<th>" + PackageReadme.esc(h) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            w.write("<tr>");
            for (String cell : row) {
                w.write("<td>" + PackageReadme.esc(cell) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</body>\n</html>\n");
        w.flush();
    }
}
