package org.dutyledger.report;

/** How the report is given: in writing (书面) or in person at a meeting (当面汇报). */
public enum WorkReportForm {
    WRITTEN, IN_PERSON
}
