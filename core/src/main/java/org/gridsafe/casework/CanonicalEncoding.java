package org.gridsafe.casework;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * One unambiguous text form per value, for hashing events. Records are encoded by component name
 * in declaration order, scalars are length-prefixed so no two values share an encoding. Adding a
 * component to an event changes the hashes of new events only: old ones are re-encoded from their
 * stored form, which still has the old shape.
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
            out.append(shape.names()[i]).append('=');
            try {
                append(out, shape.accessors()[i].invoke(record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + shape.names()[i] + " of " + shape.name(), e);
            }
            out.append(';');
        }
        out.append('}');
    }

    /** A record type's name and component accessors, looked up once per type (hashing is on every command). */
    private record RecordShape(String name, String[] names, MethodHandle[] accessors) {}

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            MethodHandle[] accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                try {
                    accessors[i] = MethodHandles.publicLookup()
                            .unreflect(components[i].getAccessor())
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("events and their values must be public records: " + type, e);
                }
            }
            return new RecordShape(type.getSimpleName(), names, accessors);
        }
    };

    private static void scalar(StringBuilder out, char kind, String text) {
        out.append(kind).append(text.length()).append(':').append(text);
    }
}
