package org.dutyledger.integration.imports.read;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dutyledger.integration.imports.ImportKind;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The first sheet of an .xlsx, read with POI's SAX event API (XSSFReader + XSSFSheetXMLHandler): rows
 * stream past one at a time, so 100,000 rows never become a DOM. Date cells come out as YYYY-MM-DD and
 * numbers without Excel's display formatting (1001, not 1,001 or 1001.0).
 */
final class XlsxReader implements SourceReader {

    @Override
    public void read(byte[] content, ImportKind kind, Consumer<RawRow> rows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileProblem(0, "文件", "xlsx 文件中没有工作表");
            }
            RowCollector collector = new RowCollector(kind, rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (collector.fields == null) {
                throw new FileProblem(1, "表头", "工作表是空的：第 1 行应为表头");
            }
        } catch (FileProblem e) {
            throw e;
        } catch (Exception e) {
            throw new FileProblem(0, "文件", "无法读取 xlsx 文件：" + e.getClass().getSimpleName());
        }
    }

    /** Collects the cells of each row, then hands the row over at its end. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ImportKind kind;
        private final Consumer<RawRow> rows;
        private final Map<Integer, String> cells = new LinkedHashMap<>();
        List<String> fields;

        RowCollector(ImportKind kind, Consumer<RawRow> rows) {
            this.kind = kind;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (SourceReader.blank(cells.values())) {
                return;
            }
            if (fields == null) {
                if (rowNum != 0) {
                    throw new FileProblem(1, "表头", "第 1 行应为表头");
                }
                int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                List<String> header = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    header.add(cells.getOrDefault(i, ""));
                }
                fields = new Headers(kind).fields(header);
                return;
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i) != null) {
                    out.put(fields.get(i), cells.getOrDefault(i, ""));
                }
            }
            rows.accept(new RawRow(rowNum + 1, out));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference != null && formattedValue != null) {
                cells.put((int) new CellReference(cellReference).getCol(), formattedValue);
            }
        }
    }

    /** Dates as ISO days, other numbers as plain digits: what the importer reads back. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return "";
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
