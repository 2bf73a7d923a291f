package org.dutyledger.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/**
 * JSON bodies are read as the contract types them, with nothing trimmed or converted behind the caller's back:
 * <ul>
 * <li>a string field takes only a JSON string ({@code "parentCode": 5} is 400 naming the field);</li>
 * <li>ids, numbers, booleans, dates, times and enums written as strings are refused (400 naming the field) when
 * they carry control characters or surrounding blanks ({@code "2025-01-01\u0000"}), which Jackson would trim;</li>
 * <li>every string obeys {@link TextRules} (422 naming the field), except in records marked
 * {@link CheckedPerItem}, whose items are checked one by one by the code that stores them.</li>
 * </ul>
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {

    /** A request record whose texts are checked item by item (directory sync) rather than while the body is read. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface CheckedPerItem {
    }

    /** A string that breaks {@link TextRules}: ProblemMappers answers 422 naming the field. */
    public static final class ControlCharacters extends JsonMappingException {
        private final transient FieldCode code;

        ControlCharacters(JsonParser p, FieldCode code) {
            super(p, code.code());
            this.code = code;
        }

        public FieldCode code() {
            return code;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("dutyledger-strict-json");
        module.addDeserializer(String.class, Text.CHECKED);
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                                                          JsonDeserializer<?> deserializer) {
                return strictScalar(desc.getBeanClass()) ? new StrictScalar(deserializer, desc.getBeanClass()) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription desc, JsonDeserializer<?> deserializer) {
                return new StrictScalar(deserializer, type.getRawClass());
            }
        });
        mapper.registerModule(module);
    }

    private static boolean strictScalar(Class<?> type) {
        return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type.getName().startsWith("java.time.");
    }

    /** Strings: Jackson's own reading, then {@link TextRules} by the field's name. */
    static final class Text extends StdScalarDeserializer<String> implements ContextualDeserializer {

        static final Text CHECKED = new Text(true);
        static final Text UNCHECKED = new Text(false);

        private final boolean check;

        private Text(boolean check) {
            super(String.class);
            this.check = check;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            boolean perItem = property != null && property.getMember() != null
                    && property.getMember().getDeclaringClass().isAnnotationPresent(CheckedPerItem.class);
            return perItem ? UNCHECKED : CHECKED;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (check && value != null) {
                String field = fieldName(p);
                if (TextRules.forbiddenIn(field, value) >= 0) {
                    throw new ControlCharacters(p, TextRules.code(field));
                }
            }
            return value;
        }

        private static String fieldName(JsonParser p) {
            for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
                if (c.getCurrentName() != null) {
                    return c.getCurrentName();
                }
            }
            return null;
        }
    }

    /** Numbers, booleans, dates, times and enums given as strings: exactly the text, or 400. */
    static final class StrictScalar extends DelegatingDeserializer {

        private final Class<?> target;

        StrictScalar(JsonDeserializer<?> delegate, Class<?> target) {
            super(delegate);
            this.target = target;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new StrictScalar(newDelegatee, target);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.strip()) || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    String allowed = target.isEnum() ? "; expected one of " + Arrays.toString(target.getEnumConstants()) : "";
                    throw InvalidFormatException.from(p, "must not hold surrounding blanks or control characters" + allowed,
                            text, target);
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
