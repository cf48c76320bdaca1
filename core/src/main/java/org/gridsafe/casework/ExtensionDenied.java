package org.gridsafe.casework;

/**
 * 不同意延期: the command center refused the pending extension; the deadline stays.
 *
 * @param reason why
 */
public record ExtensionDenied(String reason) implements CaseEvent {}
