package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The service worker's script as WebPages writes it: its shell list and a version that follows the files. */
class ServiceWorkerScriptTest {

    private static String version(String script) {
        Matcher m = Pattern.compile("const VERSION = '([0-9a-f]{16})';").matcher(script);
        assertThat(m.find()).as("a 16-hex-digit version in the script").isTrue();
        return m.group(1);
    }

    @Test
    void theScriptNamesEveryShellFileAndNoPlaceholderIsLeft() {
        String script = WebPages.builder().build().serviceWorker();
        assertThat(script).doesNotContain("__GRIDSAFE");
        for (String path : WebPages.OFFLINE_SHELL) {
            assertThat(script).contains("\"" + path + "\"");
        }
        assertThat(WebPages.OFFLINE_SHELL).noneMatch(p -> p.startsWith("/api/") || p.startsWith("/media"));
    }

    @Test
    void theVersionIsTheSameForTheSameFilesAndChangesWithTheConfiguration() {
        String plain = version(WebPages.builder().build().serviceWorker());
        assertThat(version(WebPages.builder().build().serviceWorker())).isEqualTo(plain);
        String withKey = version(
                WebPages.builder().residentAppKey("another-site").build().serviceWorker());
        assertThat(withKey).isNotEqualTo(plain);
    }

    @Test
    void aNewReleaseIsANewVersionAndTheVersionScriptCarriesIt() {
        WebPages pages = WebPages.builder().release("2026.11").build();
        String release = version(pages.serviceWorker());
        assertThat(release).isNotEqualTo(version(WebPages.builder().build().serviceWorker()));
        assertThat(version(WebPages.builder().release("2026.12").build().serviceWorker()))
                .isNotEqualTo(release);
        assertThat(WebPages.versionScript(pages.shellVersion()))
                .contains("export const SHELL_VERSION = \"" + release + "\";");
        assertThat(WebPages.OFFLINE_SHELL)
                .contains(
                        WebPages.SHELL_VERSION_PATH,
                        "/webjars/echarts/" + WebPages.ECHARTS_VERSION + "/echarts.common.min.js");
    }

    @Test
    void aBlankReleaseIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> WebPages.builder().release(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("release");
    }
}
