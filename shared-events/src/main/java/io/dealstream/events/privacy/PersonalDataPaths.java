package io.dealstream.events.privacy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an event's {@link PersonalData} fields sit in its JSON payload, found once per record type by
 * reflection: each path is a list of property names, {@code "*"} standing for every element of an array.
 */
public final class PersonalDataPaths {

    public static final String EVERY_ELEMENT = "*";
    private static final Map<Class<?>, List<List<String>>> CACHE = new ConcurrentHashMap<>();

    private PersonalDataPaths() {
    }

    public static List<List<String>> of(Class<?> recordType) {
        return CACHE.computeIfAbsent(recordType, type -> {
            List<List<String>> paths = new ArrayList<>();
            collect(type, new ArrayList<>(), paths, 0);
            return List.copyOf(paths);
        });
    }

    private static void collect(Class<?> type, List<String> prefix, List<List<String>> out, int depth) {
        if (!type.isRecord() || depth > 8) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(c.getName());
            if (c.isAnnotationPresent(PersonalData.class)) {
                if (List.class.isAssignableFrom(c.getType()) && elementType(c.getGenericType()) == String.class) {
                    path.add(EVERY_ELEMENT);
                } else if (c.getType() != String.class) {
                    throw new IllegalStateException("@PersonalData must mark a String or a list of them: "
                            + type.getName() + "." + c.getName());
                }
                out.add(List.copyOf(path));
            } else if (c.getType().isRecord()) {
                collect(c.getType(), path, out, depth + 1);
            } else if (List.class.isAssignableFrom(c.getType())) {
                Class<?> element = elementType(c.getGenericType());
                if (element != null && element.isRecord()) {
                    path.add(EVERY_ELEMENT);
                    collect(element, path, out, depth + 1);
                }
            }
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
