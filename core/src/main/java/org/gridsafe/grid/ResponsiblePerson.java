package org.gridsafe.grid;

/**
 * A person who holds a rung of a grid's {@link ResponsibilityChain} (责任到人).
 *
 * @param personId the host's identifier of the person: non-blank, at most 64 characters, no
 *     whitespace
 * @param displayName the name shown to users: non-blank, at most 100 characters, no control
 *     characters
 */
public record ResponsiblePerson(String personId, String displayName) {

    /** Validates the fields. */
    public ResponsiblePerson {
        Fields.requireId(personId, "responsible personId");
        Fields.requireName(displayName, "responsible displayName");
    }
}
