package org.dutyledger.accountability;

/** Who bears the decision: a collective (a meeting's decision) or an individual one (e.g. a publication). */
public enum DecisionKind {
    COLLECTIVE("集体责任"),
    INDIVIDUAL("个人责任");

    public final String label;

    DecisionKind(String label) {
        this.label = label;
    }
}
