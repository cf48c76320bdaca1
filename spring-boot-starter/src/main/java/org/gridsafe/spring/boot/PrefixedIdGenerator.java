package org.gridsafe.spring.boot;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gridsafe.casework.CaseId;
import org.gridsafe.port.IdGenerator;

/** The storage's ids ({@code YH20261129-000042}) with the host's prefix in place of {@code YH}. */
final class PrefixedIdGenerator implements IdGenerator {

    static final String STORAGE_PREFIX = "YH";

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final IdGenerator storage;
    private final String prefix;

    PrefixedIdGenerator(IdGenerator storage, String prefix) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.prefix = checked(prefix);
    }

    /** The prefix when valid; throws naming the property and the rule otherwise. */
    static String checked(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "gridsafe.id-prefix '" + prefix + "' must be 1-20 letters, digits, '-' or '_'");
        }
        return prefix;
    }

    @Override
    public CaseId next(Instant now) {
        String id = storage.next(now).value();
        if (!id.startsWith(STORAGE_PREFIX)) {
            throw new IllegalStateException(
                    "the storage issued case id " + id + " without the prefix " + STORAGE_PREFIX);
        }
        return CaseId.of(prefix + id.substring(STORAGE_PREFIX.length()));
    }
}
