package org.dutyledger.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dutyledger.duty.DutyPolicies;
import org.dutyledger.duty.OneHolderAtATime;
import org.dutyledger.security.SecurityLog;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become responses: every error is problem+json with a stable type,
 * never a stack trace. Refused writes are also written to the security log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Database constraints that mean "this value is already taken", by the field the caller can fix. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "organization_code_unique", "code",
            "person_external_id_unique", "externalId",
            "person_username_unique", "username",
            "person_subject_unique", "subject",
            "leading_group_org_unique", "organizationId",
            "membership_person_org_unique", "memberships");

    /** Exclusion constraints on periods: the service checks them first, these catch races and scripts. */
    private static final Map<String, String> EXCLUSION_RULES = OneHolderAtATime.EXCLUSION_CONSTRAINTS;

    /** Check constraints the caller can fix, by field. */
    private static final Map<String, String> CHECK_FIELDS = Map.of(
            DutyPolicies.PERIOD_VALID_CONSTRAINT, "validTo",
            "channel_closed_after_launch", "closedOn");

    @Inject
    SecurityLog securityLog;

    @ServerExceptionMapper
    public Response problem(ProblemException e, ResteasyReactiveContainerRequestContext request) {
        Response r = respond(request, e.status(), e.type(), e.title(), e.getMessage(), e.errors());
        if (e.scopeRefusal() && !SecurityLog.LOGGED_STATUSES.contains(e.status())) {
            securityLog.refused(request.getMethod(), instance(request), e.status());
        }
        if (e.retryAfterSeconds() != null) {
            r = Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ResteasyReactiveContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(request, 422, Problem.TYPE_BASE + "validation", "Invalid input", detail, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, ResteasyReactiveContainerRequestContext request) {
        return jsonProblem(e, request);
    }

    // The JSON provider ships mappers for these subtypes: name them so ours (problem+json) win.
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, ResteasyReactiveContainerRequestContext request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, ResteasyReactiveContainerRequestContext request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, ResteasyReactiveContainerRequestContext request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response notJson(com.fasterxml.jackson.core.JsonParseException e, ResteasyReactiveContainerRequestContext request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, ResteasyReactiveContainerRequestContext request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ResteasyReactiveContainerRequestContext request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ResteasyReactiveContainerRequestContext request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, ResteasyReactiveContainerRequestContext request) {
        return respond(request, 403, Problem.TYPE_BASE + "forbidden", "Forbidden",
                "Your roles do not allow this action", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ResteasyReactiveContainerRequestContext request) {
        Throwable json = findCause(e, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem((JsonProcessingException) json, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String slug = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            default -> status >= 500 ? "internal" : "malformed-request";
        };
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status >= 500 ? "The service could not complete the request" : e.getMessage();
        if (status == 401) {
            return unauthenticated(request);
        }
        return respond(request, status, Problem.TYPE_BASE + slug, title, detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, ResteasyReactiveContainerRequestContext request) {
        Throwable problem = findCause(e, ProblemException.class);
        if (problem != null) {
            return problem((ProblemException) problem, request);
        }
        if (findCause(e, OptimisticLockException.class) != null || findCause(e, StaleStateException.class) != null) {
            return respond(request, 409, Problem.TYPE_BASE + "version-conflict", "Version conflict",
                    "Someone else changed this record at the same time; reload it and apply your change again", null);
        }
        Response periodConflict = periodConflict(e, request);
        if (periodConflict != null) {
            return periodConflict;
        }
        Throwable violation = findCause(e, org.hibernate.exception.ConstraintViolationException.class);
        if (violation != null) {
            String constraint = ((org.hibernate.exception.ConstraintViolationException) violation).getConstraintName();
            String field = constraint == null ? null : UNIQUE_FIELDS.get(constraint);
            if (field != null) {
                return respond(request, 409, Problem.TYPE_BASE + "conflict", "Conflict",
                        field + ": this value is already used by another record",
                        List.of(new Problem.FieldError(field, "is already used by another record")));
            }
        }
        Throwable json = findCause(e, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem((JsonProcessingException) json, request);
        }
        Response refusedText = textTheDatabaseRefused(e, request);
        if (refusedText != null) {
            return refusedText;
        }
        LOG.errorf(e, "Unexpected error on %s %s", request.getMethod(), request.getUriInfo().getPath());
        return respond(request, 500, Problem.TYPE_BASE + "internal", "Internal error",
                "The service could not complete the request; it has been logged", null);
    }

    /** 23P01 (exclusion) → 409 quoting the conflicting key; 23514 (check) on a known constraint → 422 naming the field. */
    private Response periodConflict(Exception e, ResteasyReactiveContainerRequestContext request) {
        Throwable found = findCause(e, org.postgresql.util.PSQLException.class);
        if (!(found instanceof org.postgresql.util.PSQLException psql) || psql.getServerErrorMessage() == null) {
            return null;
        }
        String constraint = psql.getServerErrorMessage().getConstraint();
        if ("23P01".equals(psql.getSQLState()) && EXCLUSION_RULES.containsKey(constraint)) {
            String detail = psql.getServerErrorMessage().getDetail();
            return respond(request, 409, Problem.TYPE_BASE + "duty-conflict", "Conflicting duty assignment",
                    EXCLUSION_RULES.get(constraint) + (detail == null ? "" : " (" + detail + ")"), null);
        }
        if ("23514".equals(psql.getSQLState()) && CHECK_FIELDS.containsKey(constraint)) {
            String field = CHECK_FIELDS.get(constraint);
            return respond(request, 422, Problem.TYPE_BASE + "validation", "Invalid input",
                    field + ": is not consistent with the other dates",
                    List.of(new Problem.FieldError(field, "is not consistent with the other dates")));
        }
        return null;
    }

    /** Text PostgreSQL cannot store (a NUL character) or numbers out of its range: the caller's input, not our fault. */
    private Response textTheDatabaseRefused(Exception e, ResteasyReactiveContainerRequestContext request) {
        Throwable sql = findCause(e, java.sql.SQLException.class);
        String state = sql == null ? null : ((java.sql.SQLException) sql).getSQLState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "22021", "22P05" -> respond(request, 400, Problem.TYPE_BASE + "malformed-request", "Malformed request",
                    "The text contains a character that cannot be stored (such as NUL)", null);
            case "22001" -> respond(request, 422, Problem.TYPE_BASE + "validation", "Invalid input",
                    "A value is longer than the field allows", null);
            case "22003", "22008" -> respond(request, 400, Problem.TYPE_BASE + "malformed-request", "Malformed request",
                    "A number or date is out of range", null);
            default -> null;
        };
    }

    private Response jsonProblem(JsonProcessingException e, ResteasyReactiveContainerRequestContext request) {
        String field = "body";
        String message;
        if (e instanceof JsonStrictness.ControlCharacters c) {
            field = path(c);
            return respond(request, 422, Problem.TYPE_BASE + "validation", "Invalid input", field + ": " + c.getOriginalMessage(),
                    List.of(new Problem.FieldError(field, c.getOriginalMessage())));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            field = path(u);
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f) {
            field = path(f);
            message = "has the wrong type or format" + (f.getTargetType() != null && f.getTargetType().isEnum()
                    ? ", expected one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) : "");
        } else if (e instanceof MismatchedInputException m) {
            field = m.getPath().isEmpty() ? "body" : path(m);
            message = "has the wrong type";
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = path(m);
            message = "is invalid";
        } else {
            message = "is not well-formed JSON";
        }
        return respond(request, 400, Problem.TYPE_BASE + "malformed-request", "Malformed request",
                field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    private Response unauthenticated(ResteasyReactiveContainerRequestContext request) {
        Response r = respond(request, 401, Problem.TYPE_BASE + "unauthenticated", "Unauthenticated",
                "A valid bearer token is required", null);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response respond(ResteasyReactiveContainerRequestContext request, int status, String type, String title,
                             String detail, List<Problem.FieldError> errors) {
        String path = instance(request);
        if (SecurityLog.LOGGED_STATUSES.contains(status)) {
            securityLog.refused(request.getMethod(), path, status);
        }
        Problem body = new Problem(type, title, status, detail, path, errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String instance(ResteasyReactiveContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        return "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            String name = node.getName();
            if (node.getIndex() != null && !nodes.isEmpty()) {
                int last = nodes.size() - 1;
                nodes.set(last, nodes.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                nodes.add(name);
            }
        }
        // Method-parameter paths start with the method and the parameter name (create.request.name).
        if (v.getExecutableParameters() != null) {
            nodes = nodes.subList(Math.min(2, nodes.size()), nodes.size());
        }
        return nodes.isEmpty() ? "body" : String.join(".", nodes);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static Throwable findCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
