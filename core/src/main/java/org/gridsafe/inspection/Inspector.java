package org.gridsafe.inspection;

import java.util.Objects;

/**
 * An officer of an inspection and the enforcement credential they show.
 *
 * @param personId the officer's person id (the actor id they act under)
 * @param credentialNumber the number of their enforcement credential
 */
public record Inspector(String personId, String credentialNumber) {

    public Inspector {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(credentialNumber, "credentialNumber");
    }
}
