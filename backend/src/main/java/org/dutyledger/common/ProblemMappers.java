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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where exceptions become responses: every error is problem+json with a stable type,
 * never a stack trace, its title, detail and field messages in the request's {@link Language}. Database constraints
 * are translated by the capability that owns them ({@link ConstraintRefusals}); refusals go to the {@link RefusalLog}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    RefusalLog refusalLog;

    @Inject
    @Any
    Instance<ConstraintRefusals> constraintRefusals;

    @ServerExceptionMapper
    public Response problem(ProblemException e, ResteasyReactiveContainerRequestContext request) {
        Response r = respond(request, e.status(), e.type(), e.title(), e.getMessage(), e.errors());
        if (e.scopeRefusal() && !refusalLog.logs(e.status())) {
            refusalLog.refused(request.getMethod(), instance(request), e.status());
        }
        if (e.retryAfterSeconds() != null) {
            r = Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ResteasyReactiveContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Violations.fieldError(fieldOf(v), v))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(request, 422, Problem.TYPE_BASE + "validation", "Invalid input", ProblemException.detailOf(errors), errors);
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
                Language.current().pick("您的角色不允许此操作", "Your roles do not allow this action"), null);
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
        String detail = status >= 500 ? Language.current().pick("服务未能完成请求", "The service could not complete the request")
                : e.getMessage();
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
                    Language.current().pick("其他人同时修改了这条记录，请重新加载后再修改",
                            "Someone else changed this record at the same time; reload it and apply your change again"), null);
        }
        ProblemException refusal = constraintRefusal(e).orElse(null);
        if (refusal != null) {
            return problem(refusal, request);
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
        return respond(request, 500, Problem.TYPE_BASE + "internal", "Internal error", Language.current().pick(
                "服务未能完成请求，已记录日志", "The service could not complete the request; it has been logged"), null);
    }

    /** A violated constraint (unique, exclusion, check) that the capability owning it translates for the caller. */
    private Optional<ProblemException> constraintRefusal(Exception e) {
        String constraint;
        String state;
        String detail = null;
        Throwable found = findCause(e, org.postgresql.util.PSQLException.class);
        Throwable hibernate = findCause(e, org.hibernate.exception.ConstraintViolationException.class);
        if (found instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            constraint = psql.getServerErrorMessage().getConstraint();
            state = psql.getSQLState();
            detail = psql.getServerErrorMessage().getDetail();
        } else if (hibernate instanceof org.hibernate.exception.ConstraintViolationException v) {
            constraint = v.getConstraintName();
            state = v.getSQLState();
        } else {
            return Optional.empty();
        }
        if (constraint == null) {
            return Optional.empty();
        }
        for (ConstraintRefusals owner : constraintRefusals) {
            Optional<ProblemException> refusal = owner.refusal(constraint, state, detail);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Text PostgreSQL cannot store (a NUL character) or numbers out of its range: the caller's input, not our fault. */
    private Response textTheDatabaseRefused(Exception e, ResteasyReactiveContainerRequestContext request) {
        Throwable sql = findCause(e, java.sql.SQLException.class);
        String state = sql == null ? null : ((java.sql.SQLException) sql).getSQLState();
        if (state == null) {
            return null;
        }
        Language l = Language.current();
        return switch (state) {
            case "22021", "22P05" -> respond(request, 400, Problem.TYPE_BASE + "malformed-request", "Malformed request",
                    l.pick("文本含有无法保存的字符（如 NUL）", "The text contains a character that cannot be stored (such as NUL)"), null);
            case "22001" -> respond(request, 422, Problem.TYPE_BASE + "validation", "Invalid input",
                    l.pick("有值超出了字段允许的长度", "A value is longer than the field allows"), null);
            case "22003", "22008" -> respond(request, 400, Problem.TYPE_BASE + "malformed-request", "Malformed request",
                    l.pick("数字或日期超出范围", "A number or date is out of range"), null);
            default -> null;
        };
    }

    private Response jsonProblem(JsonProcessingException e, ResteasyReactiveContainerRequestContext request) {
        Problem.FieldError error;
        if (e instanceof JsonStrictness.ControlCharacters c) {
            error = Problem.FieldError.of(path(c), c.code());
            return respond(request, 422, Problem.TYPE_BASE + "validation", "Invalid input",
                    ProblemException.detailOf(List.of(error)), List.of(error));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            error = Problem.FieldError.of(path(u), FieldCode.UNKNOWN_FIELD);
        } else if (e instanceof InvalidFormatException f) {
            error = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? Problem.FieldError.of(path(f), FieldCode.NOT_ONE_OF, Map.of("allowed", String.join(", ",
                            java.util.Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf).toList())))
                    : Problem.FieldError.of(path(f), FieldCode.BAD_FORMAT);
        } else if (e instanceof MismatchedInputException m) {
            error = Problem.FieldError.of(m.getPath().isEmpty() ? "body" : path(m), FieldCode.WRONG_TYPE);
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            error = Problem.FieldError.of(path(m), FieldCode.INVALID);
        } else {
            error = Problem.FieldError.of("body", FieldCode.NOT_JSON);
        }
        return respond(request, 400, Problem.TYPE_BASE + "malformed-request", "Malformed request",
                ProblemException.detailOf(List.of(error)), List.of(error));
    }

    private Response unauthenticated(ResteasyReactiveContainerRequestContext request) {
        Response r = respond(request, 401, Problem.TYPE_BASE + "unauthenticated", "Unauthenticated",
                Language.current().pick("需要有效的访问令牌（Bearer）", "A valid bearer token is required"), null);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response respond(ResteasyReactiveContainerRequestContext request, int status, String type, String title,
                             String detail, List<Problem.FieldError> errors) {
        String path = instance(request);
        if (refusalLog.logs(status)) {
            refusalLog.refused(request.getMethod(), path, status);
        }
        String slug = type.substring(type.lastIndexOf('/') + 1);
        Problem body = new Problem(type, ProblemTitles.of(slug, title, Language.current()), status, detail, path,
                errors == null || errors.isEmpty() ? null : errors);
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
