package org.dutyledger.dossier;

/** The parts an inspection package can hold, in their canonical order (the order of the request's default). */
public enum PackagePart {
    LEDGERS, PUBLICATIONS, OBLIGATIONS, REPORTS, INSPECTIONS, AUDIT
}
