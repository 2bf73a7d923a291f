package org.dutyledger.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A one-sheet Excel file: a bold header row, then one line per row. Streamed (SXSSF keeps 100 rows in
 * memory), so 10,000 organizations do not need 10,000 rows of cell objects at once.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    /** The rows must be computed already: the stream runs after the request's transaction and identity are gone. */
    public static Response download(String fileName, String sheetName, List<String> headers, List<List<String>> rows) {
        StreamingOutput body = out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
                Sheet sheet = wb.createSheet(sheetName);
                CellStyle bold = wb.createCellStyle();
                Font font = wb.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row head = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    head.createCell(c).setCellValue(headers.get(c));
                    head.getCell(c).setCellStyle(bold);
                    sheet.setColumnWidth(c, 20 * 256);
                }
                sheet.createFreezePane(0, 1);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                    }
                }
                wb.write(out);
                wb.dispose();
            }
        };
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"export.xlsx\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
