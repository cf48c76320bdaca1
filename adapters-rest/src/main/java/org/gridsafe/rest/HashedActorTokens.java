package org.gridsafe.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridsafe.access.Actor;

/**
 * Tokens in memory, kept only as SHA-256 hashes: a heap dump or a log of this object never shows a
 * usable token. Thread-safe.
 *
 * <pre>{@code
 * HashedActorTokens tokens = new HashedActorTokens();
 * tokens.register("demo-gm-m111", Actor.gridStaff("gm-m111", "李网格", GridCode.parse("320599001001001")));
 * }</pre>
 */
public final class HashedActorTokens implements ActorTokens {

    /** The shortest token accepted: shorter ones are guessable. */
    public static final int MIN_LENGTH = 8;

    private final Map<String, Actor> actorsByHash = new ConcurrentHashMap<>();

    /**
     * Lets {@code token} stand for {@code actor}; a token registered again now stands for the new actor.
     *
     * @throws IllegalArgumentException if the token is shorter than {@link #MIN_LENGTH} or holds whitespace
     */
    public HashedActorTokens register(String token, Actor actor) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(actor, "actor");
        if (token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "a token must be at least " + MIN_LENGTH + " characters without whitespace");
        }
        actorsByHash.put(sha256(token), actor);
        return this;
    }

    /** Forgets {@code token}; unknown tokens are ignored. */
    public void revoke(String token) {
        actorsByHash.remove(sha256(Objects.requireNonNull(token, "token")));
    }

    @Override
    public Optional<Actor> actorFor(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(actorsByHash.get(sha256(token)));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "HashedActorTokens[" + actorsByHash.size() + " tokens]";
    }
}
