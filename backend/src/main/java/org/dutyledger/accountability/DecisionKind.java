package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who bears the decision: a collective (a meeting's decision) or an individual one (e.g. a publication). */
@Schema(name = "AccountabilityDecisionKind")
public enum DecisionKind {
    COLLECTIVE("集体责任"),
    INDIVIDUAL("个人责任");

    public final String label;

    DecisionKind(String label) {
        this.label = label;
    }
}
