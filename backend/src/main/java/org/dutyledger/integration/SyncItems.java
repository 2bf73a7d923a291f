package org.dutyledger.integration;

import org.dutyledger.common.Violations;
import org.dutyledger.common.FieldCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.ConstraintViolation;
import org.dutyledger.common.Problem;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.TextRules;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Runs each item of a batch in a transaction of its own. A savepoint per item inside one batch transaction
 * would hold the audit chain's head lock (and so every other writer) for the whole batch, and would leave
 * the failed item's half-changed entities in the session; one transaction per item commits the good items,
 * rolls the bad one back whole, and keeps each lock short.
 */
public final class SyncItems {

    private static final Logger LOG = Logger.getLogger(SyncItems.class);

    private SyncItems() {
    }

    /** Stores one item: its texts first ({@link TextRules}), then the work, in a transaction of its own. */
    public static SyncViews.ItemResult run(String key, Object item, Supplier<SyncViews.ItemResult> work) {
        List<Problem.FieldError> badText = TextRules.violations(item);
        if (!badText.isEmpty()) {
            return error(key, badText);
        }
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (ProblemException e) {
            return error(key, errorsOf(e));
        } catch (ItemInvalid e) {
            return error(key, e.errors);
        } catch (RuntimeException e) {
            LOG.warnf(e, "directory sync item %s failed", key);
            return error(key, List.of(Problem.FieldError.of("item", FieldCode.NOT_STORED)));
        }
    }

    public static SyncViews.ItemResult error(String key, List<Problem.FieldError> errors) {
        return new SyncViews.ItemResult(key, SyncViews.Outcome.error, null, errors);
    }

    public static List<Problem.FieldError> errorsOf(ProblemException e) {
        if (e.errors() != null && !e.errors().isEmpty()) {
            return e.errors();
        }
        return List.of(new Problem.FieldError("item", FieldCode.REFUSED.code(), null, e.getMessage()));
    }

    public static <T> void requireValid(Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw new ItemInvalid(violations.stream()
                    .map(v -> Violations.fieldError(v.getPropertyPath().toString(), v))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList());
        }
    }

    public static void fail(String field, FieldCode code, java.util.Map<String, ?> args) {
        throw new ItemInvalid(List.of(Problem.FieldError.of(field, code, args)));
    }

    /** An item that cannot go in; thrown inside its transaction so that it rolls back. */
    public static final class ItemInvalid extends RuntimeException {
        final transient List<Problem.FieldError> errors;

        ItemInvalid(List<Problem.FieldError> errors) {
            super(errors.toString(), null, false, false);
            this.errors = errors;
        }
    }

    /**
     * Full sync: the records of a source (rows of id and key, in the order to deactivate them) that the batch
     * left out; each is deactivated in a transaction of its own only when asked, and a refusal is reported.
     */
    public static List<SyncViews.Missing> missing(List<Object[]> rows, Set<String> batchKeys, boolean deactivate,
                                           LongConsumer deactivateOne) {
        List<SyncViews.Missing> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String key = (String) r[1];
            if (batchKeys.contains(key)) {
                continue;
            }
            if (!deactivate) {
                out.add(new SyncViews.Missing(key, id, false, null));
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> deactivateOne.accept(id));
                out.add(new SyncViews.Missing(key, id, true, null));
            } catch (ProblemException e) {
                out.add(new SyncViews.Missing(key, id, false, e.getMessage()));
            }
        }
        return out;
    }
}
