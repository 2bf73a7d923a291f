package org.dutyledger.common;

/** A set-based write refused one of its items: which one (its index in the batch) and why. */
public class BatchItemException extends RuntimeException {

    private final int index;
    private final ProblemException problem;

    public BatchItemException(int index, ProblemException problem) {
        super("item " + index + ": " + problem.getMessage(), problem);
        this.index = index;
        this.problem = problem;
    }

    public int index() {
        return index;
    }

    public ProblemException problem() {
        return problem;
    }
}
