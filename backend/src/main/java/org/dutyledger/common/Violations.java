package org.dutyledger.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.Map;

/** A Bean Validation constraint violation as a field error with a code (the request body's annotations). */
public final class Violations {

    private Violations() {
    }

    public static Problem.FieldError fieldError(String field, ConstraintViolation<?> v) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        Map<String, Object> a = d.getAttributes();
        return switch (d.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Problem.FieldError.of(field, FieldCode.REQUIRED);
            case "Size" -> size(field, v.getInvalidValue(), a);
            case "Min", "DecimalMin" -> Problem.FieldError.of(field, FieldCode.TOO_SMALL, Map.of("min", a.get("value")));
            case "Max", "DecimalMax" -> Problem.FieldError.of(field, FieldCode.TOO_BIG, Map.of("max", a.get("value")));
            case "Positive" -> Problem.FieldError.of(field, FieldCode.TOO_SMALL, Map.of("min", 1));
            case "PositiveOrZero" -> Problem.FieldError.of(field, FieldCode.TOO_SMALL, Map.of("min", 0));
            // A pattern names the code of its refusal as its message (@Pattern(message = "not-a-phone")).
            case "Pattern", "Email" -> Problem.FieldError.of(field,
                    FieldCode.byCode(v.getMessageTemplate()) == null ? FieldCode.BAD_FORMAT : FieldCode.byCode(v.getMessageTemplate()));
            default -> new Problem.FieldError(field, FieldCode.INVALID.code(), null, v.getMessage());
        };
    }

    /** @Size on text (characters) or on a list (items): too long when over max, too short otherwise. */
    private static Problem.FieldError size(String field, Object value, Map<String, Object> a) {
        int length = value instanceof CharSequence s ? s.length() : value instanceof java.util.Collection<?> c ? c.size()
                : value instanceof Map<?, ?> m ? m.size() : 0;
        int max = (Integer) a.get("max");
        return length > max ? Problem.FieldError.of(field, FieldCode.TOO_LONG, Map.of("max", max))
                : Problem.FieldError.of(field, FieldCode.TOO_SHORT, Map.of("min", a.get("min")));
    }
}
