package org.gridsafe.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The GridSafe web pages (resident report, sign-in, command center), mounted on the reference
 * server's Javalin app beside the HTTP API. The pages are static files and a client of the public
 * API only; this class serves them, the Leaflet and ECharts WebJars, the pages' configuration, their
 * service worker (the static files kept for a load with no connection) and the security headers.
 *
 * <pre>{@code
 * GridSafeHttpApi.builder(gridSafe)
 *         ...
 *         .extension(WebPages.builder().zone(zone).residentAppKey("open311-key-of-this-site").build())
 *         .build()
 *         .start("127.0.0.1", 8080);
 * }</pre>
 */
public final class WebPages implements Consumer<JavalinConfig> {

    /**
     * The policy on every page and file: nothing but this server's own scripts, styles and API; no
     * inline script or style, no plug-ins, no framing (clickjacking), forms post only here.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            // blob: for evidence photos, downloaded with the token and shown through object URLs.
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The headers sent with every page, script, style sheet and the configuration. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            // Pages are small and change with the server version: always revalidate.
            "Cache-Control", "no-cache");

    /** Where the pages' configuration is served (not part of the API: what the pages need to start). */
    public static final String CONFIG_PATH = "/web/config.json";

    /** The Leaflet version the pages load; the WebJar on the classpath must match. */
    public static final String LEAFLET_VERSION = "1.9.4";

    /** The ECharts version the statistics page loads; the WebJar on the classpath must match. */
    public static final String ECHARTS_VERSION = "5.5.0";

    private static final String PAGES = "/org/gridsafe/web/pages";

    /** Where the pages' service worker is served (at the root, so its scope is the whole site). */
    public static final String SERVICE_WORKER_PATH = "/sw.js";

    /**
     * Where the shell's version is served as a script ({@code export const SHELL_VERSION = '…'}),
     * so a page knows which release of its files it runs.
     */
    public static final String SHELL_VERSION_PATH = "/js/shell-version.js";

    /**
     * The static files the service worker keeps for a load with no connection (the shell): every
     * page, its scripts and style, the configuration and the vendored libraries' built files
     * (Leaflet, ECharts). Never an API route.
     */
    public static final List<String> OFFLINE_SHELL = List.of(
            "/",
            "/index.html",
            "/signin.html",
            "/patrol.html",
            "/command.html",
            "/case.html",
            "/workbench.html",
            "/favicon.ico",
            "/css/app.css",
            "/js/api.js",
            "/js/i18n.js",
            "/js/offline.js",
            "/js/outbox.js",
            "/js/patrol.js",
            "/js/signin.js",
            "/js/resident.js",
            "/js/command.js",
            "/js/command-queues.js",
            "/js/messages-queues.js",
            "/js/case.js",
            "/js/workbench.js",
            "/stats.html",
            "/js/stats.js",
            "/js/messages-stats.js",
            SHELL_VERSION_PATH,
            CONFIG_PATH,
            "/webjars/leaflet/" + LEAFLET_VERSION + "/dist/leaflet.js",
            "/webjars/leaflet/" + LEAFLET_VERSION + "/dist/leaflet.css",
            "/webjars/echarts/" + ECHARTS_VERSION + "/echarts.common.min.js");

    private final ZoneId zone;
    private final Optional<String> residentAppKey;
    private final Optional<String> release;

    private WebPages(Builder b) {
        this.zone = b.zone;
        this.residentAppKey = Optional.ofNullable(b.residentAppKey);
        this.release = Optional.ofNullable(b.release);
    }

    /** A builder; the zone defaults to Asia/Shanghai. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Serves the pages at {@code /}, Leaflet under {@code /webjars/leaflet/}, ECharts' one built file under
     * {@code /webjars/echarts/}, the configuration and the service worker.
     */
    @Override
    public void accept(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = PAGES;
            files.location = Location.CLASSPATH;
            files.headers = SECURITY_HEADERS;
        });
        String leaflet = "/webjars/leaflet/" + LEAFLET_VERSION;
        cfg.staticFiles.add(files -> {
            files.hostedPath = leaflet;
            // The WebJar has no entry for its dist folder, so Javalin is given the version folder
            // and serves only the built files and the licence, not the sources beside them.
            files.directory = "/META-INF/resources" + leaflet;
            files.location = Location.CLASSPATH;
            files.headers = SECURITY_HEADERS;
            files.skipFileFunction = request -> {
                String path = request.getRequestURI();
                return !(path.startsWith(leaflet + "/dist/") || path.equals(leaflet + "/LICENSE"));
            };
        });
        String echarts = "/webjars/echarts/" + ECHARTS_VERSION;
        cfg.staticFiles.add(files -> {
            files.hostedPath = echarts;
            files.directory = "/META-INF/resources" + echarts;
            files.location = Location.CLASSPATH;
            files.headers = SECURITY_HEADERS;
            // Only the build the page loads: not the sources, the other builds or their source maps.
            files.skipFileFunction = request -> !request.getRequestURI().equals(echarts + "/echarts.common.min.js");
        });
        String config = configJson();
        cfg.routes.get(CONFIG_PATH, ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            ctx.contentType("application/json; charset=utf-8").result(config);
        });
        String version = shellVersion();
        String worker = serviceWorker(version);
        cfg.routes.get(SERVICE_WORKER_PATH, ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            ctx.contentType("text/javascript; charset=utf-8").result(worker);
        });
        String versionScript = versionScript(version);
        cfg.routes.get(SHELL_VERSION_PATH, ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            ctx.contentType("text/javascript; charset=utf-8").result(versionScript);
        });
    }

    /**
     * The shell's version: the first 16 hex digits of a SHA-256 over the shell's paths and bytes,
     * the configuration and the release (where given), so any changed file or a new release makes
     * a new cache and the browser replaces the worker, whose activation removes the older caches.
     */
    String shellVersion() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        release.ifPresent(r -> sha.update(("release:" + r + "\n").getBytes(StandardCharsets.UTF_8)));
        for (String path : OFFLINE_SHELL) {
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            if (path.equals(CONFIG_PATH)) {
                sha.update(configJson().getBytes(StandardCharsets.UTF_8));
            } else if (!path.equals(SHELL_VERSION_PATH)) {
                // The version script is written from the version itself, so it cannot go into it.
                sha.update(shellFile(path));
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** The service worker's script: its template with the shell's paths and version filled in. */
    String serviceWorker() {
        return serviceWorker(shellVersion());
    }

    private static String serviceWorker(String version) {
        StringBuilder shell = new StringBuilder("[");
        for (String path : OFFLINE_SHELL) {
            shell.append(shell.length() > 1 ? "," : "").append(quote(path));
        }
        return new String(resource("/org/gridsafe/web/service-worker.js"), StandardCharsets.UTF_8)
                .replace("__GRIDSAFE_VERSION__", version)
                .replace("__GRIDSAFE_SHELL__", shell.append(']').toString());
    }

    /** The module a page imports to know the release of its files (kept in the shell with them). */
    static String versionScript(String version) {
        return "// Written by WebPages: the version of the pages' files, as /sw.js caches them.\n"
                + "export const SHELL_VERSION = " + quote(version) + ";\n";
    }

    private static byte[] shellFile(String path) {
        if (path.startsWith("/webjars/")) {
            return resource("/META-INF/resources" + path);
        }
        return resource(PAGES + (path.equals("/") ? "/index.html" : path));
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("a file of the offline shell is missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configuration the pages read at start: the district's zone and the resident page's Open311 key. */
    String configJson() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("zone", zone.getId());
        residentAppKey.ifPresent(key -> values.put("open311ApiKey", key));
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(name)).append(':').append(quote(value));
        });
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&') {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Configures {@link WebPages}. */
    public static final class Builder {
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private String residentAppKey;
        private String release;

        private Builder() {}

        /** The district's zone: the pages show every date and time in it. Give the work calendar's zone. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The Open311 {@code api_key} the resident page reports with: the key the command center
         * issued to this site as a citizen app. It identifies the app, not a person, and is visible
         * to every visitor of the page (as any browser app's key is). Without one the resident page
         * can follow a report but not file one.
         */
        public Builder residentAppKey(String key) {
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("residentAppKey must not be blank");
            }
            this.residentAppKey = key;
            return this;
        }

        /**
         * The deployment's release (a build number, a version): it goes into the shell's version, so
         * a new release replaces the pages' files kept in every browser even where no file changed.
         * Without one the version follows the files and the configuration alone.
         */
        public Builder release(String release) {
            Objects.requireNonNull(release, "release");
            if (release.isBlank()) {
                throw new IllegalArgumentException("release must not be blank");
            }
            this.release = release;
            return this;
        }

        /** Builds the pages' mount. */
        public WebPages build() {
            return new WebPages(this);
        }
    }
}
