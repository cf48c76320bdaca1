package org.gridsafe.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server keeps evidence files on the file system under its data directory, across restarts. */
class DemoServerMediaTest {

    private static final String BOUNDARY = "demo-boundary-42";

    private static byte[] jpeg() {
        byte[] photo = new byte[4096];
        new Random(7).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        return photo;
    }

    private static String upload(String base, byte[] file) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> res = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/media"))
                                .header("Authorization", "Bearer demo-grid-staff")
                                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return new ObjectMapper()
                .readTree(res.body())
                .get("media")
                .get(0)
                .get("hash")
                .asText();
    }

    @Test
    void uploadsGoToTheMediaDirectoryUnderTheDataDirectoryAndSurviveARestart(@TempDir Path data) throws Exception {
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        assertThat(options.mediaInDatabase()).isFalse();
        byte[] photo = jpeg();
        String hash;
        try (DemoMain.DemoServer server = DemoMain.DemoServer.start(options)) {
            hash = upload(server.baseUrl(), photo);
        }
        Path onDisk = data.toAbsolutePath()
                .resolve("media/objects")
                .resolve(hash.substring(0, 2))
                .resolve(hash.substring(2, 4))
                .resolve(hash);
        assertThat(onDisk).hasBinaryContent(photo);
        try (DemoMain.DemoServer again = DemoMain.DemoServer.start(options)) {
            String body = "{\"location\":{\"lon\":120.003,\"lat\":31.395},\"domain\":\"FIRE\",\"hazard\":\"2102\","
                    + "\"grade\":\"GENERAL\",\"description\":\"消防通道堆放杂物\",\"media\":[\"" + hash + "\"]}";
            ServerHttp.Answer reported = new ServerHttp(again.baseUrl()).post("/api/v1/cases", "demo-grid-staff", body);
            assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
        }
    }

    @Test
    void aMediaDirectoryThatCannotBeUsedStopsTheStartWithOneLine(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("media"), "a file where the directory belongs");
        ServerOptions options = ServerOptions.parse(new String[] {"--port", "0", "--data", data.toString()}, Map.of());
        assertThatThrownBy(() -> DemoMain.DemoServer.start(options).close())
                .isInstanceOf(DataDirectory.UnusableDataDirectoryException.class)
                .hasMessageContaining("cannot keep evidence files")
                .hasMessageContaining("is a file");
    }

    @Test
    void theMediaStoreIsAnOption() {
        assertThat(ServerOptions.parse(new String[] {"--media-store", "database"}, Map.of())
                        .mediaInDatabase())
                .isTrue();
        assertThat(ServerOptions.parse(new String[0], Map.of("GRIDSAFE_MEDIA_STORE", "database"))
                        .mediaInDatabase())
                .isTrue();
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--media-store", "s3"}, Map.of()))
                .hasMessageStartingWith("media store 's3' is neither files nor database");
    }
}
