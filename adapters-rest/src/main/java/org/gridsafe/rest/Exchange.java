package org.gridsafe.rest;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.gridsafe.access.Actor;

/** One request as a handler sees it: the authenticated actor (if the route needs one) and the body read within the size limit. */
final class Exchange {

    private final Context ctx;
    private final Actor actor;
    private final byte[] body;

    Exchange(Context ctx, Actor actor, byte[] body) {
        this.ctx = ctx;
        this.actor = actor;
        this.body = body;
    }

    /** The actor; only routes that authenticate call this. */
    Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("route " + ctx.path() + " has no authenticated actor");
        }
        return actor;
    }

    /** Names the actor in the request log line, for routes that authenticate by themselves (Open311 api_key). */
    void identify(Actor identified) {
        ctx.attribute(GridSafeHttpApi.ACTOR_ATTRIBUTE, identified.id());
    }

    Optional<Actor> optionalActor() {
        return Optional.ofNullable(actor);
    }

    byte[] body() {
        return body;
    }

    /** The request body as a stream, for the routes that read it themselves (uploads); others get {@link #body()}. */
    java.io.InputStream bodyStream() throws java.io.IOException {
        return ctx.req().getInputStream();
    }

    /** A path parameter; text that no store can keep (see {@link StorableText}) is a 400. */
    String pathParam(String name) {
        return StorableText.require(name, ctx.pathParam(name));
    }

    /** A query parameter; blank counts as absent; text that no store can keep is a 400. */
    Optional<String> query(String name) {
        String value = StorableText.require(name, ctx.queryParam(name));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    List<String> queries(String name) {
        List<String> values = ctx.queryParams(name);
        values.forEach(value -> StorableText.require(name, value));
        return values;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(ctx.header(name));
    }

    String path() {
        return ctx.path();
    }
}
