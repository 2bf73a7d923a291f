package org.dutyledger.integration.imports;

import java.util.List;

/**
 * What every kind states about itself (key, names, place in lists, columns), held once: a kind extends this and
 * passes them to the constructor, and writes only its checks, its commit and its export.
 */
public abstract class ImportKindBase implements ImportKind {

    private final String key;
    private final String label;
    private final String labelEn;
    private final int order;
    private final List<ImportColumn> columns;

    protected ImportKindBase(String key, String label, String labelEn, int order, List<ImportColumn> columns) {
        this.key = key;
        this.label = label;
        this.labelEn = labelEn;
        this.order = order;
        this.columns = List.copyOf(columns);
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final String labelEn() {
        return labelEn;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final List<ImportColumn> columns() {
        return columns;
    }
}
