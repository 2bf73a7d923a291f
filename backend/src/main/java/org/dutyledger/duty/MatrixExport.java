package org.dutyledger.duty;

import jakarta.ws.rs.core.Response;
import org.dutyledger.common.Xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The responsibility matrix (责任矩阵) as an Excel sheet: one row per organization, one column per role. */
public final class MatrixExport {

    private MatrixExport() {
    }

    /** The sheet's headers and rows, also printed as HTML in an inspection package. */
    record Table(List<String> headers, List<List<String>> rows) {
    }

    public static Response of(MatrixViews.Matrix matrix) {
        Table t = table(matrix);
        return Xlsx.download("责任矩阵-" + matrix.under().code() + "-" + matrix.at() + ".xlsx", "责任矩阵", t.headers(), t.rows());
    }

    static Table table(MatrixViews.Matrix matrix) {
        List<String> headers = new ArrayList<>(List.of("组织", "组织编码", "上级组织"));
        matrix.roles().forEach(r -> headers.add(r.label));
        headers.add("缺位情况");
        List<List<String>> rows = new ArrayList<>(matrix.rows().size());
        for (MatrixViews.Row row : matrix.rows()) {
            List<String> line = new ArrayList<>();
            line.add("　".repeat(Math.max(0, row.depth() - matrix.rows().get(0).depth())) + row.name());
            line.add(row.code());
            line.add(String.join(" / ", row.pathNames()));
            for (DutyRole role : matrix.roles()) {
                line.add(row.cells().get(role).stream().map(MatrixExport::holder).collect(Collectors.joining("、")));
            }
            line.add(row.vacancies().stream().map(MatrixViews.Vacancy::description).collect(Collectors.joining("；")));
            rows.add(line);
        }
        return new Table(headers, rows);
    }

    private static String holder(MatrixViews.Cell c) {
        return c.channelName() == null ? c.personName() : c.personName() + "（" + c.channelName() + "）";
    }
}
