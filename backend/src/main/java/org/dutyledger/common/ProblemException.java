package org.dutyledger.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A domain or request error that maps to exactly one problem type and status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private Integer retryAfterSeconds;
    private boolean scopeRefusal;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", Language.current().pick(
                KindWords.zh(what) + " " + id + " 不存在或不在您的范围内", what + " " + id + " does not exist or is outside your scope"));
    }

    /** A reference in the request body to something that does not exist or is outside the caller's scope. */
    public static ProblemException unknownReference(String field, String kind, Object id) {
        return withErrors(404, "not-found", "Not found",
                List.of(Problem.FieldError.of(field, FieldCode.UNKNOWN_REFERENCE, reference(kind, id))));
    }

    /** The arguments of unknown-reference; the id may be missing (an empty cell, a null in a list). */
    private static Map<String, Object> reference(String kind, Object id) {
        Map<String, Object> args = new java.util.HashMap<>();
        args.put("kind", kind);
        args.put("id", id);
        return args;
    }

    public static ProblemException versionConflict(String what, Object id, long expected, long actual) {
        return new ProblemException(409, "version-conflict", "Version conflict", Language.current().pick(
                KindWords.zh(what) + " " + id + " 已是版本 " + actual + "，请求基于版本 " + expected + "；请重新加载后再修改",
                what + " " + id + " is at version " + actual + ", the request was based on version " + expected
                        + "; reload it and apply your change again"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** 409 with its detail in the request's language. */
    public static ProblemException conflict(String zh, String en) {
        return conflict(Language.current().pick(zh, en));
    }

    /** 403 with its detail in the request's language. */
    public static ProblemException forbidden(String zh, String en) {
        return forbidden(Language.current().pick(zh, en));
    }

    /** The detail in the request's language, for a problem type of a capability's own. */
    public static String detail(String zh, String en) {
        return Language.current().pick(zh, en);
    }

    /** 422: the field breaks a rule; {@code args} are the values the code's message names. */
    public static ProblemException invalid(String field, FieldCode code, Map<String, ?> args) {
        return withErrors(422, "validation", "Invalid input", List.of(Problem.FieldError.of(field, code, args)));
    }

    public static ProblemException invalid(String field, FieldCode code) {
        return invalid(field, code, null);
    }

    /** 400: the request itself is malformed (a parameter, the body's form). */
    public static ProblemException badRequest(String field, FieldCode code, Map<String, ?> args) {
        return withErrors(400, "malformed-request", "Malformed request", List.of(Problem.FieldError.of(field, code, args)));
    }

    public static ProblemException badRequest(String field, FieldCode code) {
        return badRequest(field, code, null);
    }

    /** A problem whose detail lists its field errors ("field: message; …"), in the request's language. */
    public static ProblemException withErrors(int status, String slug, String title, List<Problem.FieldError> errors) {
        return new ProblemException(status, slug, title, detailOf(errors), errors);
    }

    public static String detailOf(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    /** 429: the caller should come back after the given number of seconds (sent as Retry-After). */
    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "too-many-requests", "Too many requests", detail);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /**
     * Marks this refusal as a decision of the organization scope (the referenced thing exists but lies outside
     * what the caller may see or change), so that it goes to the security log whatever its status.
     */
    public ProblemException asScopeRefusal() {
        this.scopeRefusal = true;
        return this;
    }

    public boolean scopeRefusal() {
        return scopeRefusal;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String type() {
        return Problem.TYPE_BASE + slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
