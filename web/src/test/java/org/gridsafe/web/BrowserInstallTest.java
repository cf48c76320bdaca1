package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserInstallTest {

    @Test
    void browserDriverAndFontArePresentAfterEnsure() {
        BrowserInstall.ensure();

        assertThat(BrowserInstall.missing()).isEmpty();
    }

    @Test
    void withoutRootTheFailureSaysExactlyWhatToInstall() {
        assertThatThrownBy(() -> BrowserInstall.install(
                        List.of("chromium (/usr/bin/chromium)"), false, Path.of("/usr/bin/apt-get")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chromium (/usr/bin/chromium)")
                .hasMessageContaining(
                        "apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver"
                                + " fonts-wqy-microhei");
    }

    @Test
    void withoutAptGetTheFailureSaysExactlyWhatToInstall() {
        assertThatThrownBy(() ->
                        BrowserInstall.install(List.of("fonts-wqy-microhei"), true, Path.of("/nonexistent/apt-get")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("install them (Debian/Ubuntu, as root)")
                .hasMessageContaining(BrowserInstall.INSTALL_COMMAND);
    }
}
