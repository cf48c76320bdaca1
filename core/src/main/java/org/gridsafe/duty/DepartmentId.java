package org.gridsafe.duty;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a {@link Department}, as the host's own systems know it.
 *
 * <p>1-64 characters: ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a
 * letter or digit (e.g. {@code yjj} for 应急管理局, {@code 110105-xfjy}). Display names belong in
 * {@link Department}, not here.
 *
 * @param value the identifier text
 */
public record DepartmentId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Checks the identifier's form. */
    public DepartmentId {
        Objects.requireNonNull(value, "department id");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("department id \"" + value + "\" must be 1-64 characters of"
                    + " A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /** The identifier {@code value}. */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    /** The identifier text. */
    @Override
    public String toString() {
        return value;
    }
}
