package org.dutyledger.integration.export;

import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dutyledger.common.CsvCells;
import org.dutyledger.common.Language;
import org.dutyledger.integration.imports.DropDowns;
import org.dutyledger.integration.imports.ImportColumn;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an export as .xlsx (streamed with SXSSF; cells are strings, never formulas) or as CSV in UTF-8 with a BOM
 * (so Excel opens it as UTF-8), each cell through {@link CsvCells} so that none runs as a formula.
 */
final class ExportFiles {

    private ExportFiles() {
    }

    static StreamingOutput xlsx(Exports exports, Exports.Query q) {
        return out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
                Sheet sheet = wb.createSheet(q.kind().label());
                CellStyle bold = wb.createCellStyle();
                Font font = wb.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row head = sheet.createRow(0);
                List<ImportColumn> columns = q.kind().columns();
                for (int c = 0; c < columns.size(); c++) {
                    head.createCell(c).setCellValue(columns.get(c).templateHeader());
                    head.getCell(c).setCellStyle(bold);
                    sheet.setColumnWidth(c, 18 * 256);
                }
                sheet.createFreezePane(0, 1);
                DropDowns.add(wb, sheet, columns, 0);  // edited and imported again: the template's lists
                int[] next = {1};
                exports.stream(q, values -> {
                    Row row = sheet.createRow(next[0]++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                });
                wb.write(out);
                wb.dispose();
            }
        };
    }

    /** Headers in the template's Chinese, or in English the columns' field names: the import reads both. */
    static StreamingOutput csv(Exports exports, Exports.Query q, Language language) {
        List<String> header = q.kind().columns().stream()
                .map(c -> language == Language.EN ? c.field() : c.templateHeader()).toList();
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
            w.write('\uFEFF');
            line(w, header);
            exports.stream(q, values -> line(w, values));
            w.flush();
        };
    }

    private static void line(Writer w, List<String> values) throws java.io.IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(CsvCells.cell(values.get(i), false));
        }
        w.write("\r\n");
    }
}
