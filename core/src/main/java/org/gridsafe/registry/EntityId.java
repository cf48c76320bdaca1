package org.gridsafe.registry;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gridsafe.entity.InvalidEntityValueException;

/**
 * The registry's identifier of a production unit or place, chosen by the host (for example
 * {@code PU-0001}); an enterprise actor's enterprise id is the id of its unit.
 *
 * @param value 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit
 */
public record EntityId(String value) implements Comparable<EntityId> {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public EntityId {
        Objects.requireNonNull(value, "entity id");
        if (!VALID.matcher(value).matches()) {
            throw new InvalidEntityValueException(
                    "id",
                    "\"" + value + "\" must be 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or"
                            + " digit");
        }
    }

    /** The id {@code value}. */
    public static EntityId of(String value) {
        return new EntityId(value);
    }

    @Override
    public int compareTo(EntityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
