package org.dutyledger.integration.imports;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The import templates (with the 填写说明 sheet and drop-down lists on choice columns) and the uploaded rows annotated
 * with their errors.
 */
@ApplicationScoped
public class Sheets {

    public static final String ERRORS_HEADER = "错误";

    @Inject
    AgroalDataSource dataSource;

    public StreamingOutput template(ImportKind kind) {
        return out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
                CellStyle bold = bold(wb);
                Sheet data = wb.createSheet(kind.label());
                Row head = data.createRow(0);
                for (int c = 0; c < kind.columns().size(); c++) {
                    head.createCell(c).setCellValue(kind.columns().get(c).templateHeader());
                    head.getCell(c).setCellStyle(bold);
                    data.setColumnWidth(c, 18 * 256);
                }
                data.createFreezePane(0, 1);
                DropDowns.add(wb, data, kind.columns(), 0);
                Sheet help = wb.createSheet("填写说明");
                String[] titles = {"列名", "英文字段名", "是否必填", "说明", "可填的值（中文名称 / 代码）"};
                Row h = help.createRow(0);
                for (int c = 0; c < titles.length; c++) {
                    h.createCell(c).setCellValue(titles[c]);
                    h.getCell(c).setCellStyle(bold);
                    help.setColumnWidth(c, (c == 3 ? 60 : c == 4 ? 50 : 16) * 256);
                }
                int r = 1;
                for (ImportColumn col : kind.columns()) {
                    Row row = help.createRow(r++);
                    row.createCell(0).setCellValue(col.header());
                    row.createCell(1).setCellValue(col.field());
                    row.createCell(2).setCellValue(col.required() ? "必填" : "选填");
                    row.createCell(3).setCellValue(describe(col));
                    row.createCell(4).setCellValue(col.values().entrySet().stream()
                            .map(e -> e.getValue() + " / " + e.getKey()).collect(Collectors.joining("；")));
                }
                r++;
                for (String note : List.of(
                        "第 1 行为表头，从第 2 行起每行一条记录；空行会被忽略。带 * 的列必填。",
                        "日期可写作 2026-03-01、2026/3/1、2026年3月1日，或使用 Excel 日期单元格。",
                        "是/否 列可填 是、否（也接受 Y/N、true/false、1/0）。",
                        "有固定选项的列（如类型、是/否）带下拉列表，点单元格右侧的箭头即可选择中文名称。",
                        "编码中的全角字母、数字和空格会自动转换、去除。",
                        "CSV 文件可用 UTF-8（可带 BOM）或 GB18030/GBK 编码；JSON 为以表头或英文字段名为键的对象数组。",
                        "先试导入（校验全部行，不写入），无错误后再提交；提交要么全部写入，要么全部不写入。",
                        "按编码识别已有记录：再次导入同一文件不会产生任何修改。")) {
                    help.createRow(r++).createCell(0).setCellValue(note);
                }
                wb.write(out);
                wb.dispose();
            }
        };
    }

    private static String describe(ImportColumn col) {
        String type = switch (col.type()) {
            case DATE -> "日期。";
            case BOOL -> "是/否。";
            case INT -> "整数。";
            case CODE, CODE_LIST -> "";
            default -> "";
        };
        String max = col.type() == ImportColumn.Type.TEXT || col.type() == ImportColumn.Type.CODE
                || col.type() == ImportColumn.Type.FOLDED
                ? "最长 " + col.maxLength() + " 个字符。" : "";
        return type + max + (col.help() == null ? "" : col.help());
    }

    /** The staged rows with a first column 错误 listing each row's errors; cells with errors are highlighted. */
    public StreamingOutput annotated(ImportKind kind, long jobId) {
        return out -> write(kind, jobId, out);
    }

    private void write(ImportKind kind, long jobId, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); Connection c = dataSource.getConnection()) {
            CellStyle bold = bold(wb);
            CellStyle flagged = wb.createCellStyle();
            flagged.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle errorText = wb.createCellStyle();
            errorText.setWrapText(false);
            Font red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            errorText.setFont(red);
            Sheet sheet = wb.createSheet(kind.label());
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(ERRORS_HEADER);
            head.getCell(0).setCellStyle(bold);
            sheet.setColumnWidth(0, 50 * 256);
            for (int i = 0; i < kind.columns().size(); i++) {
                head.createCell(i + 1).setCellValue(kind.columns().get(i).templateHeader());
                head.getCell(i + 1).setCellStyle(bold);
                sheet.setColumnWidth(i + 1, 18 * 256);
            }
            sheet.createFreezePane(1, 1);
            DropDowns.add(wb, sheet, kind.columns(), 1);  // the corrected file goes back in: same lists
            int[] next = {1};
            ImportRows.scan(c, jobId, (rowNo, values, errors) -> {
                Row row = sheet.createRow(next[0]++);
                Set<String> bad = new HashSet<>();
                StringBuilder text = new StringBuilder();
                for (Map<String, String> e : errors) {
                    bad.add(e.get("column"));
                    text.append(text.isEmpty() ? "" : "；").append(e.get("column")).append("：").append(e.get("message"));
                }
                row.createCell(0).setCellValue(text.toString());
                if (!errors.isEmpty()) {
                    row.getCell(0).setCellStyle(errorText);
                }
                for (int i = 0; i < kind.columns().size(); i++) {
                    ImportColumn col = kind.columns().get(i);
                    String v = values.get(col.field());
                    var cell = row.createCell(i + 1);
                    cell.setCellValue(v == null ? "" : display(col, v));
                    if (bad.contains(col.header())) {
                        cell.setCellStyle(flagged);
                    }
                }
            });
            wb.write(out);
            wb.dispose();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Normalized values back in the words of the template (API code → Chinese label, true → 是). */
    public static String display(ImportColumn col, String v) {
        return switch (col.type()) {
            case ENUM -> col.values().getOrDefault(v, v);
            case BOOL -> "true".equals(v) ? "是" : "false".equals(v) ? "否" : v;
            default -> v;
        };
    }

    private static CellStyle bold(Workbook wb) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }
}
