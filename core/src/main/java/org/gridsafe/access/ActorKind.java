package org.gridsafe.access;

/** Whether an actor is a person or a system (for scheduled work). */
public enum ActorKind {
    PERSON,
    SYSTEM
}
