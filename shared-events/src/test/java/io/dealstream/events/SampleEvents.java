package io.dealstream.events;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builds one fully populated, deterministic instance of any event record by reflection, so that the
 * contract tests cover every event, including ones added later, without a hand-kept list.
 */
final class SampleEvents {

    private SampleEvents() {
    }

    static DomainEvent sample(EventTypes.EventType type) {
        return (DomainEvent) build(type.recordClass(), type.name());
    }

    private static Object build(Class<?> recordClass, String path) {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(components[i], components[i].getGenericType(), path + "." + components[i].getName());
        }
        try {
            return recordClass.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + recordClass, e);
        }
    }

    private static Object value(RecordComponent component, Type type, String path) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(value(component, p.getActualTypeArguments()[0], path + "[0]"));
        }
        Class<?> c = (Class<?>) type;
        String name = component.getName();
        if (c == String.class) {
            if (name.equals("currency")) {
                return "EUR";
            }
            if (name.equals("email")) {
                return "li.wei@example.com";
            }
            return "sample " + path;
        }
        if (c == UUID.class) {
            return UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8));
        }
        if (c == Instant.class) {
            return Instant.parse("2026-01-15T09:30:00Z");
        }
        if (c == LocalDate.class) {
            return LocalDate.parse("2026-03-01");
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("1250.50");
        }
        if (c == int.class || c == Integer.class) {
            long v = 3;
            Min min = component.getAnnotation(Min.class);
            Max max = component.getAnnotation(Max.class);
            if (min != null) {
                v = Math.max(v, min.value());
            }
            if (max != null) {
                v = Math.min(v, max.value());
            }
            return (int) v;
        }
        if (c == long.class || c == Long.class) {
            return 3L;
        }
        if (c == double.class || c == Double.class) {
            double v = 0.65;
            if (component.getAnnotation(DecimalMax.class) == null && component.getAnnotation(DecimalMin.class) == null) {
                v = 42.5;
            }
            return v;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[path.length() % constants.length];
        }
        if (c.isRecord()) {
            return build(c, path);
        }
        throw new IllegalArgumentException("no sample for " + c + " at " + path);
    }
}
