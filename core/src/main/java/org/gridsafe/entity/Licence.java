package org.gridsafe.entity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A licence, registration or filing a production unit holds: its type, number, issuer, scope and
 * validity. Some filings never expire, so {@code expires} may be empty.
 *
 * <pre>{@code
 * Licence licence = new Licence(types.require("SAFETY_PRODUCTION"), "2024-0001",
 *         "福建省应急管理厅", Optional.of("危险化学品生产"), LocalDate.of(2024, 3, 1),
 *         Optional.of(LocalDate.of(2027, 2, 28)));
 * licence.expiresWithin(Licence.DEFAULT_EXPIRY_WARNING, LocalDate.of(2026, 12, 15));   // true
 * }</pre>
 *
 * @param type the licence type
 * @param number the number as printed, checked against the type's published format where there is one
 * @param issuer the issuing authority (发证机关)
 * @param scope the licensed scope (许可范围), where the licence states one
 * @param issued the issue date
 * @param expires the last day of validity, if the licence expires
 * @param storageMode the operation mode (经营方式) the licence states, where it states one; a type
 *     that needs one ({@link LicenceType#storageModeRequired()}) is refused without it at
 *     registration and amendment, so that entities stored before the mode was recorded still read
 * @param issuerTier the administrative tier of the issuing authority (发证机关层级), if recorded
 */
public record Licence(
        LicenceType type,
        String number,
        String issuer,
        Optional<String> scope,
        LocalDate issued,
        Optional<LocalDate> expires,
        Optional<LicenceStorageMode> storageMode,
        Optional<LicenceIssuerTier> issuerTier) {

    /**
     * How long before expiry a licence is reported as expiring: 90 days. The project's own choice,
     * close to the three months before expiry by which 安全生产许可证条例 第九条 (verified) asks a
     * holder to apply for renewal; hosts pass their own window to {@link #expiresWithin}.
     */
    public static final Period DEFAULT_EXPIRY_WARNING = Period.ofDays(90);

    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_SCOPE_LENGTH = 1000;

    /**
     * Checks every field and reports all problems at once.
     *
     * @throws InvalidEntityValueException naming each field: a missing type, number, issuer or issue
     *     date; a number without the type's published format; an expiry before the issue date
     */
    public Licence {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "must not be null"));
        }
        check(problems, () -> Checks.requireText(number, "number", MAX_NUMBER_LENGTH));
        check(problems, () -> Checks.requireName(issuer, "issuer"));
        if (scope == null) {
            scope = Optional.empty();
        }
        scope.ifPresent(s -> check(problems, () -> Checks.requireText(s, "scope", MAX_SCOPE_LENGTH)));
        if (issued == null) {
            problems.add(new FieldProblem("issued", "must not be null"));
        }
        if (expires == null) {
            expires = Optional.empty();
        }
        if (storageMode == null) {
            storageMode = Optional.empty();
        }
        if (issuerTier == null) {
            issuerTier = Optional.empty();
        }
        if (type != null && number != null && !number.isBlank()) {
            type.numberProblem(number).ifPresent(p -> problems.add(new FieldProblem("number", p)));
        }
        if (issued != null && expires.isPresent() && expires.get().isBefore(issued)) {
            problems.add(new FieldProblem(
                    "expires",
                    expires.get() + " is before issued " + issued + "; a licence cannot expire before it is issued"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEntityValueException(problems);
        }
    }

    /** A licence without operation mode and issuer tier. */
    public Licence(
            LicenceType type,
            String number,
            String issuer,
            Optional<String> scope,
            LocalDate issued,
            Optional<LocalDate> expires) {
        this(type, number, issuer, scope, issued, expires, Optional.empty(), Optional.empty());
    }

    /**
     * Why this licence lacks what its type requires (a {@code storageMode} where {@link
     * LicenceType#storageModeRequired()}), as field problems; empty when it has it.
     */
    public List<FieldProblem> requirementProblems() {
        if (type.storageModeRequired() && storageMode.isEmpty()) {
            return List.of(new FieldProblem(
                    "storageMode",
                    "is required for " + type.zhName() + " (the licence-type catalog requires it): one of"
                            + " WITH_STORAGE 带储存, WITHOUT_STORAGE 不带储存, WAREHOUSING 仓储"));
        }
        return List.of();
    }

    private static void check(List<FieldProblem> problems, Runnable check) {
        try {
            check.run();
        } catch (InvalidEntityValueException e) {
            problems.addAll(e.problems());
        }
    }

    /** Whether the licence is no longer valid on {@code date} (valid through its expiry date). */
    public boolean isExpiredOn(LocalDate date) {
        return expires.isPresent() && date.isAfter(expires.get());
    }

    /**
     * Whether the licence is still valid on {@code date} but expires within {@code window} of it
     * (on or before {@code date + window}). A licence without expiry never does.
     *
     * @throws IllegalArgumentException if {@code window} is negative
     */
    public boolean expiresWithin(Period window, LocalDate date) {
        if (window.isNegative()) {
            throw new InvalidEntityValueException("window", "must not be negative; got " + window);
        }
        return expires.isPresent() && !isExpiredOn(date) && !expires.get().isAfter(date.plus(window));
    }
}
