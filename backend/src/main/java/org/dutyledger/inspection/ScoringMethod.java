package org.dutyledger.inspection;

/** How an item of a scoring template is checked. */
public enum ScoringMethod {
    DOCUMENT_CHECK("查阅台账"),
    INTERVIEW("座谈"),
    QUESTIONNAIRE("问卷"),
    DEMOCRATIC_EVALUATION("民主评议"),
    SITE_VISIT("实地检查");

    public final String label;

    ScoringMethod(String label) {
        this.label = label;
    }
}
