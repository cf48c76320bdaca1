package org.gridsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserInstallTest {

    @Test
    void browserDriverAndFontArePresentAfterEnsure() {
        BrowserInstall.ensure();

        assertThat(BrowserInstall.missing()).isEmpty();
    }
}
