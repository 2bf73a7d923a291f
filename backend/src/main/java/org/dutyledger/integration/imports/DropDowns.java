package org.dutyledger.integration.imports;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * Drop-down lists (Excel data validation) on the choice columns of a template-shaped sheet: enum columns offer their
 * Chinese labels, 是/否 columns 是 and 否. A warning, not a stop, because the import also accepts the API codes.
 */
public final class DropDowns {

    /** Excel refuses an inline list (and an error message) longer than this; longer lists go to a hidden sheet. */
    private static final int INLINE_MAX = 255;
    static final String LISTS_SHEET = "可选值";

    private DropDowns() {
    }

    /** Adds the lists to the data rows (row 2 down) of `sheet`, whose column `firstColumn` holds `columns.get(0)`. */
    public static void add(Workbook wb, Sheet sheet, List<ImportColumn> columns, int firstColumn) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        for (int i = 0; i < columns.size(); i++) {
            List<String> choices = choices(columns.get(i));
            if (choices.isEmpty()) {
                continue;
            }
            DataValidationConstraint constraint = String.join(",", choices).length() <= INLINE_MAX
                    ? helper.createExplicitListConstraint(choices.toArray(String[]::new))
                    : helper.createFormulaListConstraint(listOnHiddenSheet(wb, columns.get(i), choices));
            int column = firstColumn + i;
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
            validation.setSuppressDropDownArrow(true);  // POI's name for "show the arrow" on xlsx
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            String allowed = "「" + columns.get(i).header() + "」可填：" + String.join("、", choices);
            validation.createErrorBox("请从下拉列表中选择", allowed.length() <= INLINE_MAX ? allowed : "请从下拉列表中选择");
            sheet.addValidationData(validation);
        }
    }

    /** What a user may pick: the labels of an enum column (one per code), 是/否 for a yes/no column. */
    public static List<String> choices(ImportColumn column) {
        return switch (column.type()) {
            case ENUM -> column.values().values().stream().distinct().toList();
            case BOOL -> List.of("是", "否");
            default -> List.of();
        };
    }

    /**
     * Writes the choices to a row of a hidden sheet (after the data sheet, which the import reads) and names it; one
     * new row per list, so a streamed workbook never goes back to a written row.
     */
    private static String listOnHiddenSheet(Workbook wb, ImportColumn column, List<String> choices) {
        Sheet lists = wb.getSheet(LISTS_SHEET);
        if (lists == null) {
            lists = wb.createSheet(LISTS_SHEET);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
        }
        int rowIndex = wb.getNumberOfNames();
        Row row = lists.createRow(rowIndex);
        for (int c = 0; c < choices.size(); c++) {
            row.createCell(c).setCellValue(choices.get(c));
        }
        Name name = wb.createName();
        name.setNameName("可选_" + column.field());
        String last = CellReference.convertNumToColString(choices.size() - 1);
        name.setRefersToFormula("'" + LISTS_SHEET + "'!$A$" + (rowIndex + 1) + ":$" + last + "$" + (rowIndex + 1));
        return name.getNameName();
    }
}
