package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server serves the web pages at / beside the API, and says where. */
class DemoWebPagesTest {

    @Test
    void theDemoServesThePagesAtTheRootWithTheirPolicyAndPrintsTheirAddress(@TempDir Path data) throws Exception {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            server.printWelcome(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("  web pages: " + server.baseUrl() + "/ (resident report), " + server.baseUrl()
                            + "/signin.html")
                    .contains(server.baseUrl() + "/workbench.html (departments), " + server.baseUrl()
                            + "/patrol.html (grid staff");

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<script type=\"module\" src=\"/js/resident.js\">");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'", "frame-ancestors 'none'");

            HttpResponse<String> config = client.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/web/config.json"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(config.body()).isEqualTo("{\"zone\":\"Asia/Shanghai\",\"open311ApiKey\":\"demo-open311-key\"}");

            // The API is where it was.
            ServerHttp http = new ServerHttp(server.baseUrl());
            assertThat(http.get("/api/v1/grids/320599001", "demo-citizen").status())
                    .isEqualTo(200);
        }
    }
}
