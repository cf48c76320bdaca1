package org.gridsafe.entity;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kind of licence, registration or filing a production unit may have to hold (安全生产许可证,
 * 危险化学品经营许可证, 烟花爆竹经营(批发)许可证, ...). Catalog data ({@link LicenceTypeCatalog}).
 *
 * @param id a stable key, e.g. {@code FIREWORKS_RETAIL}
 * @param zhName the name in simplified Chinese
 * @param enName an English rendering
 * @param legalBasis the regulation that creates it, where the source names one
 * @param validityYears the validity the source gives, if one was verified or read
 * @param numberPattern a regular expression the whole licence number must match, only where a
 *     number format is published
 * @param numberFormat the published format in words, for error messages (present iff the pattern is)
 * @param provenance where the type and its format come from
 * @param storageModeRequired whether a licence of this type must state its operation mode
 *     ({@link LicenceStorageMode}), as the hazardous-chemicals operation licence does
 */
public record LicenceType(
        String id,
        String zhName,
        String enName,
        Optional<String> legalBasis,
        Optional<Integer> validityYears,
        Optional<String> numberPattern,
        Optional<String> numberFormat,
        Provenance provenance,
        boolean storageModeRequired) {

    /** Checks every field; the pattern must compile and come with its description. */
    public LicenceType {
        Checks.requireId(id, "id");
        Checks.requireName(zhName, "zhName");
        Checks.requireName(enName, "enName");
        Checks.requireNonNull(legalBasis, "legalBasis");
        Checks.requireNonNull(validityYears, "validityYears");
        Checks.requireNonNull(numberPattern, "numberPattern");
        Checks.requireNonNull(numberFormat, "numberFormat");
        Checks.requireNonNull(provenance, "provenance");
        validityYears.ifPresent(years -> {
            if (years < 1) {
                throw new InvalidEntityValueException("validityYears", "must be at least 1; got " + years);
            }
        });
        if (numberPattern.isPresent() != numberFormat.isPresent()) {
            throw new InvalidEntityValueException(
                    "numberFormat", "a number pattern needs its format in words, and a format needs its pattern");
        }
        numberPattern.ifPresent(regex -> {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new InvalidEntityValueException(
                        "numberPattern", "is not a valid regular expression: " + e.getDescription());
            }
        });
    }

    /** A type that does not require an operation mode. */
    public LicenceType(
            String id,
            String zhName,
            String enName,
            Optional<String> legalBasis,
            Optional<Integer> validityYears,
            Optional<String> numberPattern,
            Optional<String> numberFormat,
            Provenance provenance) {
        this(id, zhName, enName, legalBasis, validityYears, numberPattern, numberFormat, provenance, false);
    }

    /**
     * Why {@code number} does not have this type's published format, or empty if it has it (or no
     * format is published).
     */
    public Optional<String> numberProblem(String number) {
        if (numberPattern.isEmpty()
                || Pattern.compile(numberPattern.get()).matcher(number).matches()) {
            return Optional.empty();
        }
        return Optional.of("'" + number + "' does not have the published number format of " + zhName + ": "
                + numberFormat.orElseThrow());
    }

    @Override
    public String toString() {
        return id + " " + zhName;
    }
}
