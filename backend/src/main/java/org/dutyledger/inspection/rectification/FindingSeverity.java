package org.dutyledger.inspection.rectification;

public enum FindingSeverity {
    LOW, MEDIUM, HIGH
}
