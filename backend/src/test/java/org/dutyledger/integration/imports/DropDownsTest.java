package org.dutyledger.integration.imports;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A list too long for Excel's inline limit (255 characters) is read from a hidden sheet instead; short ones stay inline. */
class DropDownsTest {

    @Test
    void aLongListLivesOnAHiddenSheetAndTheDataSheetStaysFirst() throws Exception {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            many.put("CODE_" + i, "很长的中文选项名称第" + i + "项");
        }
        List<ImportColumn> columns = List.of(
                ImportColumn.code("code", "编码", true, 10, ""),
                ImportColumn.choice("kind", "类别", true, many, ""),
                ImportColumn.bool("active", "在用", ""));
        byte[] bytes;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DropDowns.add(wb, wb.createSheet("数据"), columns, 0);
            wb.write(out);
            wb.dispose();
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getSheetName(0)).isEqualTo("数据");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(DropDowns.LISTS_SHEET))).isTrue();
            XSSFSheet data = wb.getSheetAt(0);
            Map<Integer, XSSFDataValidation> byColumn = new LinkedHashMap<>();
            data.getDataValidations().forEach(v -> byColumn.put(v.getRegions().getCellRangeAddress(0).getFirstColumn(), v));
            assertThat(byColumn).containsOnlyKeys(1, 2);
            DataValidationConstraint kind = byColumn.get(1).getValidationConstraint();
            assertThat(kind.getExplicitListValues()).isNull();
            assertThat(kind.getFormula1()).isEqualTo("可选_kind");
            assertThat(wb.getName("可选_kind").getRefersToFormula()).isEqualTo("'可选值'!$A$1:$AN$1");
            assertThat(wb.getSheet(DropDowns.LISTS_SHEET).getRow(0).getCell(39).getStringCellValue()).isEqualTo("很长的中文选项名称第39项");
            assertThat(byColumn.get(2).getValidationConstraint().getExplicitListValues()).containsExactly("是", "否");
        }
    }
}
