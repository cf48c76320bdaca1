package org.gridsafe.auth.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridsafe.access.Actor;
import org.gridsafe.rest.ActorTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens that are JWTs signed by the host's OIDC provider: the signature is checked against
 * the provider's JWKS (fetched, cached, and fetched again when a token names a key it does not
 * know, so a key rotation needs no restart), then issuer, audience, expiry and not-before; the
 * claims become an {@link Actor} through a {@link ClaimMapping}.
 *
 * <p>Refused, as an unknown token (the HTTP API answers 401): a bad signature, an algorithm
 * outside {@link Builder#algorithms} (so {@code alg: none} and an HMAC token signed with the RSA
 * public key are refused), a wrong issuer or audience, an expired or not-yet-valid token, and
 * claims that do not make an actor. Each refusal is logged at INFO with its reason, never with the
 * token.
 *
 * <pre>{@code
 * ActorTokens tokens = JwtActorTokens.builder()
 *         .issuer("https://sso.example.gov.cn/realms/district")
 *         .audience("gridsafe")
 *         .jwksUri(URI.create("https://sso.example.gov.cn/realms/district/protocol/openid-connect/certs"))
 *         .mapping(ClaimMapping.defaults())
 *         .build();
 * GridSafeHttpApi api = GridSafeHttpApi.builder(gridSafe).tokens(tokens)...;
 * }</pre>
 */
public final class JwtActorTokens implements ActorTokens {

    private static final Logger LOG = LoggerFactory.getLogger(JwtActorTokens.class);

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final ClaimMapping mapping;

    private JwtActorTokens(Builder b) {
        this.mapping = b.mapping;
        this.processor = new DefaultJWTProcessor<>();
        // typ is optional in RFC 7519; when present it must say JWT (an ID token or a JWE is not a bearer token here).
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.copyOf(b.algorithms), b.keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                b.audience, new JWTClaimsSet.Builder().issuer(b.issuer).build(), Set.of("sub", "exp"));
        claims.setMaxClockSkew((int) b.clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** A builder; issuer, audience and the keys (a JWKS URI or a key source) are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Actor> actorFor(String token) {
        if (token == null
                || token.isEmpty()
                || token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty(); // not a signed JWT: another token kind, or junk
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (Exception e) {
            // The reason only: the token itself would let whoever reads the log sign in.
            LOG.info("bearer JWT refused: {}", e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(mapping.actorOf(claims));
        } catch (IllegalArgumentException e) {
            LOG.info("bearer JWT of subject {} refused: {}", claims.getSubject(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Settings of {@link JwtActorTokens}. */
    public static final class Builder {
        private String issuer;
        private String audience;
        private JWKSource<SecurityContext> keys;
        private Set<JWSAlgorithm> algorithms = new LinkedHashSet<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256));
        private Duration clockSkew = Duration.ofSeconds(60);
        private ClaimMapping mapping = ClaimMapping.defaults();

        private Builder() {}

        /** The {@code iss} every token must carry, exactly. */
        public Builder issuer(String issuer) {
            this.issuer = requireText(issuer, "issuer");
            return this;
        }

        /** An {@code aud} every token must include. */
        public Builder audience(String audience) {
            this.audience = requireText(audience, "audience");
            return this;
        }

        /** Where the provider publishes its keys; fetched with retries, cached, refreshed for unknown key ids. */
        public Builder jwksUri(URI jwksUri) {
            Objects.requireNonNull(jwksUri, "jwksUri");
            try {
                this.keys =
                        JWKSourceBuilder.create(jwksUri.toURL()).retrying(true).build();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalArgumentException("jwksUri " + jwksUri + " is not a URL: " + e.getMessage(), e);
            }
            return this;
        }

        /** The keys from elsewhere (a file, a test); replaces {@link #jwksUri}. */
        public Builder keys(JWKSource<SecurityContext> keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /**
         * The signature algorithms accepted. Default RS256 and ES256 (what OIDC providers sign
         * with). Only asymmetric ones make sense here: HMAC would need the provider's secret.
         */
        public Builder algorithms(Set<JWSAlgorithm> algorithms) {
            if (algorithms.isEmpty()) {
                throw new IllegalArgumentException("algorithms: at least one");
            }
            for (JWSAlgorithm a : algorithms) {
                if (JWSAlgorithm.Family.HMAC_SHA.contains(a)) {
                    throw new IllegalArgumentException("algorithms: " + a + " is a shared-secret algorithm; "
                            + "tokens of an OIDC provider are verified with its public keys");
                }
            }
            this.algorithms = new LinkedHashSet<>(algorithms);
            return this;
        }

        /** Tolerance for {@code exp} and {@code nbf} against this host's clock. Default 60 s (the project's own choice). */
        public Builder clockSkew(Duration clockSkew) {
            if (clockSkew.isNegative() || clockSkew.toSeconds() > 600) {
                throw new IllegalArgumentException("clockSkew: between 0 and 600 seconds");
            }
            this.clockSkew = clockSkew;
            return this;
        }

        /** How claims become an actor. Default {@link ClaimMapping#defaults()}. */
        public Builder mapping(ClaimMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /** @throws IllegalStateException naming what is missing */
        public JwtActorTokens build() {
            if (issuer == null) {
                throw new IllegalStateException("JwtActorTokens: issuer is required");
            }
            if (audience == null) {
                throw new IllegalStateException("JwtActorTokens: audience is required");
            }
            if (keys == null) {
                throw new IllegalStateException("JwtActorTokens: jwksUri or keys is required");
            }
            return new JwtActorTokens(this);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
