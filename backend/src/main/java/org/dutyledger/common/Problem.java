package org.dutyledger.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The body of every error response (RFC 9457 problem details). */
@Schema(name = "Problem", description = "RFC 9457 problem details; `errors` names the invalid fields")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "Stable URI naming the kind of problem") String type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://dutyledger.org/problems/";

    @Schema(name = "FieldError", description = "One refused field: `code` says why (stable, for programs), `args` the values it "
            + "names, `message` the same in the request's language (Accept-Language: zh-CN by default, en)")
    public record FieldError(
            @Schema(required = true, description = "The field as a path: `name`, `memberships[0].organizationId`, `body`") String field,
            @Schema(required = true, description = "Why the field was refused, stable kebab-case (the list: common/FieldCode)") String code,
            @Schema(description = "Named arguments of the code, e.g. {\"max\": 200} for too-long") Map<String, Object> args,
            @Schema(required = true, description = "The refusal in the request's language") String message) {

        /** A field error for {@code code}, its message in the language of the current request. */
        public static FieldError of(String field, FieldCode code, Map<String, ?> args) {
            return of(field, code, args, Language.current());
        }

        public static FieldError of(String field, FieldCode code, Map<String, ?> args, Language language) {
            Map<String, Object> copy = args == null || args.isEmpty() ? null : new java.util.TreeMap<>(args);
            return new FieldError(field, code.code(), copy, code.message(language, args));
        }

        public static FieldError of(String field, FieldCode code) {
            return of(field, code, null);
        }
    }
}
