package org.dutyledger.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The field → {before, after} record of one change; unchanged fields are left out. */
public final class Changes {

    private final Map<String, Map<String, Object>> fields = new LinkedHashMap<>();

    public static Changes create() {
        return new Changes();
    }

    public Changes put(String field, Object before, Object after) {
        Object b = plain(before);
        Object a = plain(after);
        if (!Objects.equals(b, a)) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("before", b);
            pair.put("after", a);
            fields.put(field, pair);
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Map<String, Object>> asMap() {
        return fields;
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Integer) {
            return v instanceof Integer i ? Long.valueOf(i) : v;
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }
}
