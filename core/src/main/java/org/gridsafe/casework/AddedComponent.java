package org.gridsafe.casework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event component added after the event type was first stored. It must be an {@code
 * Optional} or a {@code List}; while empty it is left out of the hash input, so an old event read
 * into the new shape (empty there) keeps the hash it was stored with.
 *
 * <pre>{@code
 * public record CaseRejected(String reason, @AddedComponent Optional<String> category) implements CaseEvent {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AddedComponent {}
