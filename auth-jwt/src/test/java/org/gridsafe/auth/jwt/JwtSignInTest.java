package org.gridsafe.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gridsafe.GridSafe;
import org.gridsafe.access.ActorRole;
import org.gridsafe.memory.InMemoryIdempotencyKeys;
import org.gridsafe.rest.GridSafeHttpApi;
import org.gridsafe.testkit.SampleDistrict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with JWTs against a JWKS served over HTTP by the test itself (the provider's role), and
 * the GridSafe HTTP API on a real socket behind it: a good token acts with its claims; every kind
 * of bad token is 401.
 */
class JwtSignInTest {

    static HttpServer provider;
    static String issuer;
    static final AtomicReference<JWKSet> published = new AtomicReference<>();
    static RSAKey key;
    static GridSafeHttpApi api;
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        key = rsaKey("key-1");
        published.set(new JWKSet(key.toPublicJWK()));
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/jwks.json", exchange -> {
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort();
        JwtActorTokens tokens = JwtActorTokens.builder()
                .issuer(issuer)
                .audience("gridsafe")
                .jwksUri(URI.create(issuer + "/jwks.json"))
                .build();
        GridSafe gridSafe =
                GridSafe.builder().directory(SampleDistrict.directory()).build();
        api = GridSafeHttpApi.builder(gridSafe)
                .tokens(tokens)
                .idempotencyKeys(new InMemoryIdempotencyKeys())
                .build()
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        api.stop();
        provider.stop(0);
    }

    @Test
    void aValidTokenIsAcceptedOverHttp() throws Exception {
        String token = sign(key, claims(c -> {}));
        assertThat(get("/api/v1/grids", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/cases", token).statusCode()).isEqualTo(200);
    }

    @Test
    void claimsBecomeAnActorThroughTheMapping() throws Exception {
        var actor = ClaimMapping.defaults()
                .withRole("wgy", ActorRole.GRID_STAFF)
                .actorOf(new JWTClaimsSet.Builder()
                        .subject("u-7")
                        .claim("name", "李网格")
                        .claim("roles", List.of("wgy", "some-other-system-role"))
                        .claim("grid", "320599001001001")
                        .build());
        assertThat(actor.id()).isEqualTo("u-7");
        assertThat(actor.displayName()).isEqualTo("李网格");
        assertThat(actor.roles()).containsExactly(ActorRole.GRID_STAFF);
        assertThat(actor.homeGrid()).contains(SampleDistrict.JINQIAO_MICRO_1);
        assertThatThrownBy(() -> ClaimMapping.defaults()
                        .actorOf(new JWTClaimsSet.Builder()
                                .subject("u-8")
                                .claim("roles", List.of("admin"))
                                .build()))
                .hasMessageContaining("claim roles holds no GridSafe role");
        assertThatThrownBy(() -> ClaimMapping.defaults().withRole("root", ActorRole.SYSTEM))
                .hasMessageContaining("system actor");
    }

    @Test
    void expiredNotYetValidWrongIssuerOrAudienceAre401() throws Exception {
        Instant now = Instant.now();
        assertThat(status(claims(c -> c.expirationTime(Date.from(now.minusSeconds(3600))))))
                .isEqualTo(401);
        assertThat(status(claims(c -> c.notBeforeTime(Date.from(now.plusSeconds(3600))))))
                .isEqualTo(401);
        assertThat(status(claims(c -> c.issuer("https://elsewhere.example")))).isEqualTo(401);
        assertThat(status(claims(c -> c.audience("another-app")))).isEqualTo(401);
        assertThat(status(claims(c -> c.claim("grid", "not-a-grid-code")))).isEqualTo(401);
        assertThat(status(claims(c -> c.claim("roles", List.of("admin"))))).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenAnHmacTokenKeyedWithThePublicKeyAndAForeignKeyAre401() throws Exception {
        JWTClaimsSet good = claims(c -> {});
        // alg: none
        assertThat(get("/api/v1/grids", new PlainJWT(good).serialize()).statusCode())
                .isEqualTo(401);
        // HMAC/RSA confusion: HS256 with the provider's public key as the secret
        SignedJWT hmac = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), good);
        hmac.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
        assertThat(get("/api/v1/grids", hmac.serialize()).statusCode()).isEqualTo(401);
        // the provider's key id, another key's signature
        assertThat(get("/api/v1/grids", sign(rsaKey("key-1"), good)).statusCode())
                .isEqualTo(401);
        // a tampered payload
        String[] parts = sign(key, good).split("\\.");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims(c -> c.subject("someone-else"))
                                .toString()
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(get("/api/v1/grids", tampered).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/grids", "not-a-jwt").statusCode()).isEqualTo(401);
    }

    @Test
    void aRefusalIsLoggedWithItsReasonAndWithoutTheToken() throws Exception {
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(JwtActorTokens.class);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            String expired = sign(
                    key, claims(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(3600)))));
            assertThat(get("/api/v1/grids", expired).statusCode()).isEqualTo(401);
            assertThat(appender.list)
                    .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("refused").contains("Expired"))
                    .allSatisfy(m -> assertThat(m).doesNotContain(expired.split("\\.")[2]));
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void aRotatedKeyIsFetchedWithoutARestart() throws Exception {
        RSAKey next = rsaKey("key-2-" + UUID.randomUUID());
        published.set(new JWKSet(List.of(key.toPublicJWK(), next.toPublicJWK())));
        assertThat(get("/api/v1/grids", sign(next, claims(c -> {}))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theBuilderNamesWhatIsMissingAndRefusesSharedSecretAlgorithms() {
        assertThatThrownBy(() -> JwtActorTokens.builder().audience("a").build())
                .hasMessageContaining("issuer is required");
        assertThatThrownBy(
                        () -> JwtActorTokens.builder().issuer("i").audience("a").build())
                .hasMessageContaining("jwksUri or keys is required");
        assertThatThrownBy(() -> JwtActorTokens.builder().algorithms(java.util.Set.of(JWSAlgorithm.HS256)))
                .hasMessageContaining("shared-secret");
    }

    private static int status(JWTClaimsSet claims) throws Exception {
        return get("/api/v1/grids", sign(key, claims)).statusCode();
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience("gridsafe")
                .subject("cc-jinqiao")
                .claim("name", "金桥街道指挥中心")
                .claim("roles", List.of("command-center"))
                .claim("grid", SampleDistrict.JINQIAO_STREET.value())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
        change.accept(b);
        return b.build();
    }

    private static String sign(RSAKey signer, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signer.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static RSAKey rsaKey(String id) throws Exception {
        return new RSAKeyGenerator(2048)
                .keyID(id)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
