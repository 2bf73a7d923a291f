package org.dutyledger.integration.imports;

import org.dutyledger.integration.export.KindExport;

import java.util.List;

/**
 * One kind of file that can be imported and exported (organizations, duty assignments, …), owned by the capability
 * it writes into. Implement it as a {@code @Singleton} bean in the capability's package (e.g. {@code
 * duty/imports/DutyRows}): {@link ImportKinds} discovers it, and the upload, the dry run and commit, the template, the
 * annotated error sheet, the template list and the export all follow from it, and the contract's kind lists name it
 * (ImportKindsInContract); nothing in integration changes. Refresh openapi.yaml afterwards (OpenApiContractTest).
 *
 * <p>A simple kind is one class implementing everything here; a large one may keep its checks in helpers of its own
 * package. {@code @Singleton} rather than {@code @ApplicationScoped}: a kind needs no client proxy, and one with final
 * fields or constructor injection could not have one.
 */
public interface ImportKind extends RowHandler, KindExport {

    /** The key in paths, query values and stored jobs, e.g. {@code duty-assignments}. Never changes once published. */
    String key();

    /** The name users see (Chinese): sheet names, file names (责任分工导入模板.xlsx). */
    String label();

    /** The name in English. */
    String labelEn();

    /** Position in lists of kinds: kinds that others refer to come first (organizations before people …). */
    int order();

    /** The template columns, in order; the same for import and export. */
    List<ImportColumn> columns();

    default ImportColumn column(String field) {
        for (ImportColumn c : columns()) {
            if (c.field().equals(field)) {
                return c;
            }
        }
        throw new IllegalArgumentException(field);
    }
}
