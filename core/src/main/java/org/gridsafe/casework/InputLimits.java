package org.gridsafe.casework;

/**
 * The documented limits on what commands may carry. Longer input is refused with the field named,
 * so a PDA, a portal and a citizen app all fail the same, readable way.
 */
public final class InputLimits {

    /** Characters in a hazard description or rectification evidence. */
    public static final int DESCRIPTION = 2000;
    /** Characters in a reason (rejection, merge, rework, extension, override). */
    public static final int REASON = 500;
    /** Characters in a note, feedback or evaluation. */
    public static final int NOTE = 1000;
    /** Attachments on one command. */
    public static final int ATTACHMENTS = 20;
    /** Characters in one attachment reference (an id or URI). */
    public static final int ATTACHMENT_REFERENCE = 512;
    /** Characters in the reporter's contact details. */
    public static final int CONTACT = 100;
    /** Characters in an id given in a command (handler, enterprise). */
    public static final int ID = 64;
    /** Characters in each field of a treatment plan or a listed supervision. */
    public static final int PLAN_FIELD = 1000;

    private InputLimits() {}
}
