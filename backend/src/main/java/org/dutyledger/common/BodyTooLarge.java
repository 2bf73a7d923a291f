package org.dutyledger.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} (JSON, sync batch, import file, multipart upload)
 * gets 413 as problem+json naming the limit, like an oversized attachment, instead of Vert.x's bare 413. A declared
 * Content-Length is judged before Quarkus's own check (route order -2) sees it; a body that turns out too large
 * while it is read (chunked uploads) is caught where Vert.x fails the request with 413.
 */
@ApplicationScoped
public class BodyTooLarge {

    public static final String TYPE = Problem.TYPE_BASE + "payload-too-large";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(-3).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.chars().allMatch(Character::isDigit) && !declared.isEmpty()
                    && (declared.length() > 18 || Long.parseLong(declared) > limit)) {
                refuse(ctx, limit, " has " + declared + " bytes");
                return;
            }
            ctx.next();
        });
        router.route().order(-3).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, limit, " is too large");
                return;
            }
            ctx.next();
        });
    }

    private void refuse(RoutingContext ctx, long limit, String size) {
        // Answered before the request reaches the REST layer: the language comes from the header itself.
        Language language = Language.of(ctx.request().getHeader("Accept-Language"));
        String detail = language.pick("请求体超过上限 " + limit + " 字节" + readable(limit),
                "The request body" + size + "; the limit is " + limit + " bytes" + readable(limit))
                + " (quarkus.http.limits.max-body-size)";
        Problem problem = new Problem(TYPE, language.pick("请求体过大", "Payload too large"), 413, detail, ctx.request().path(),
                List.of(Problem.FieldError.of("body", FieldCode.TOO_LARGE, java.util.Map.of("max", limit), language)));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The body is not read: answer and close the connection, as Vert.x's own 413 does.
        ctx.response().headers().add(HttpHeaders.CONNECTION, "close");
        ctx.response().endHandler(v -> ctx.request().connection().close());
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }

    private static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return " (" + bytes / (1024 * 1024) + " MB)";
        }
        return bytes % 1024 == 0 ? " (" + bytes / 1024 + " KB)" : "";
    }
}
