package org.gridsafe.entity;

/**
 * Where a shipped fact comes from and how sure that is.
 *
 * @param source the document or page it was read in (document number, standard, or address)
 * @param evidence how well it is sourced
 */
public record Provenance(String source, Evidence evidence) {

    /** Checks that both parts are present. */
    public Provenance {
        Checks.requireText(source, "source", 500);
        Checks.requireNonNull(evidence, "evidence");
    }

    /** Provenance of a fact the host added from its own data. */
    public static Provenance host(String source) {
        return new Provenance(source, Evidence.HOST);
    }

    @Override
    public String toString() {
        return evidence.tag() + ": " + source;
    }
}
