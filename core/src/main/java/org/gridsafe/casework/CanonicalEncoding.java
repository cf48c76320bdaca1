package org.gridsafe.casework;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * One unambiguous text form per value, for hashing events. Records are encoded under their frozen
 * hash name ({@link CaseEventTypes}) and by component name in declaration order; scalars are
 * length-prefixed so no two values share an encoding. A component marked {@link AddedComponent}
 * is left out while empty: an old event read into a newer shape encodes, and hashes, exactly as it
 * did when it was stored.
 */
final class CanonicalEncoding {

    private CanonicalEncoding() {}

    /** The encoding of {@code first} followed by that of {@code second}, in one buffer. */
    static String encode(Object first, Object second) {
        StringBuilder out = new StringBuilder(512);
        append(out, first);
        append(out, second);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                out.append('?');
                append(out, optional.get());
            } else {
                out.append('~');
            }
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            for (Object element : collection) {
                append(out, element);
                out.append(',');
            }
            out.append(']');
        } else if (value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("maps have no canonical order; events must not hold them");
        } else if (value instanceof Record record) {
            appendRecord(out, record);
        } else if (value instanceof Enum<?> constant) {
            scalar(out, 'e', constant.name());
        } else if (value instanceof Boolean || value instanceof Number) {
            scalar(out, 'n', value.toString());
        } else {
            // Strings, instants, dates and the library's value types print canonically.
            scalar(out, 's', value.toString());
        }
    }

    private static void appendRecord(StringBuilder out, Record record) {
        RecordShape shape = SHAPES.get(record.getClass());
        out.append(shape.name()).append('{');
        for (int i = 0; i < shape.names().length; i++) {
            Object value;
            try {
                value = shape.accessors()[i].invoke(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + shape.names()[i] + " of " + shape.name(), e);
            }
            if (shape.added()[i] && isEmpty(value)) {
                continue;
            }
            out.append(shape.names()[i]).append('=');
            append(out, value);
            out.append(';');
        }
        out.append('}');
    }

    /** A record type's name and component accessors, looked up once per type (hashing is on every command). */
    private record RecordShape(String name, String[] names, MethodHandle[] accessors, boolean[] added) {}

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof Optional<?> o && o.isEmpty())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            MethodHandle[] accessors = new MethodHandle[components.length];
            boolean[] added = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                added[i] = components[i].isAnnotationPresent(AddedComponent.class);
                if (added[i]
                        && components[i].getType() != Optional.class
                        && !Collection.class.isAssignableFrom(components[i].getType())) {
                    throw new IllegalStateException(
                            "an added component must be an Optional or a List: " + type.getName() + "." + names[i]);
                }
                try {
                    accessors[i] = MethodHandles.publicLookup()
                            .unreflect(components[i].getAccessor())
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("events and their values must be public records: " + type, e);
                }
            }
            return new RecordShape(CaseEventTypes.hashName(type), names, accessors, added);
        }
    };

    private static void scalar(StringBuilder out, char kind, String text) {
        out.append(kind).append(text.length()).append(':').append(text);
    }
}
