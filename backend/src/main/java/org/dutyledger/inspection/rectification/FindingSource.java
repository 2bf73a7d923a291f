package org.dutyledger.inspection.rectification;

/** Where a finding comes from: an inspection's item, the organization's own self-check (自查自纠), or an upper level directly. */
public enum FindingSource {
    INSPECTION, SELF_CHECK, DIRECT
}
