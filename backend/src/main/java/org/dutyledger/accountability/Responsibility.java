package org.dutyledger.accountability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The responsibility a line bears. `weight` orders them when one person has several reasons: direct responsibility
 * (the person's own act: writing or approving the item) weighs most, then main, then important leadership.
 */
@Schema(name = "AccountabilityResponsibility")
public enum Responsibility {
    MAIN_LEADERSHIP("主要领导责任", 2),
    IMPORTANT_LEADERSHIP("重要领导责任", 1),
    DIRECT("直接责任", 3),
    NONE("不承担", 0);

    public final String label;
    public final int weight;

    Responsibility(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** Leadership responsibility is what a recorded objection removes; direct responsibility is one's own act. */
    public boolean leadership() {
        return this == MAIN_LEADERSHIP || this == IMPORTANT_LEADERSHIP;
    }
}
