package org.gridsafe.rest;

import java.util.Optional;
import org.gridsafe.access.Actor;

/**
 * Who a bearer token (or an Open311 {@code api_key}) stands for. The host implements it over its
 * identity system, or uses {@link HashedActorTokens}.
 *
 * <pre>{@code
 * ActorTokens tokens = token -> identityService.lookup(token).map(MyUsers::toActor);
 * }</pre>
 */
@FunctionalInterface
public interface ActorTokens {

    /** The actor {@code token} belongs to, or empty if the token is unknown (the caller answers 401 / 403). */
    Optional<Actor> actorFor(String token);
}
