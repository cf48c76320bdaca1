package org.gridsafe.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure Debian's chromium, chromium-driver and a Chinese font are on this machine before a
 * browser test starts, so a fresh machine passes {@code ./mvnw -B verify} with no step by hand.
 * Missing pieces are installed with apt-get when the build runs as root and apt-get exists;
 * otherwise the test fails with the exact command to run. It never skips.
 */
final class BrowserInstall {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Without a CJK font, Chinese text renders as boxes in screenshots. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    static final List<String> PACKAGES = List.of("chromium", "chromium-driver", "fonts-wqy-microhei");
    static final String INSTALL_COMMAND = "apt-get install -y --no-install-recommends " + String.join(" ", PACKAGES);

    /** Parallel test forks share one machine: one installs, the others wait on this lock. */
    private static final Path LOCK = Path.of(System.getProperty("java.io.tmpdir"), "gridsafe-browser-install.lock");

    private static volatile boolean ready;

    private BrowserInstall() {}

    /** Returns when the browser, its driver and the font are present; throws saying what to install otherwise. */
    static synchronized void ensure() {
        if (ready) {
            return;
        }
        if (missing().isEmpty()) {
            ready = true;
            return;
        }
        try (FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            List<String> missing = missing();
            if (!missing.isEmpty()) {
                install(missing, isRoot(), Path.of("/usr/bin/apt-get"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + LOCK + " to install the browser: " + e, e);
        }
        List<String> still = missing();
        if (!still.isEmpty()) {
            throw new IllegalStateException("browser tests need " + still + " after installing; run as root: "
                    + "apt-get update && " + INSTALL_COMMAND);
        }
        ready = true;
    }

    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("chromium (" + CHROMIUM + ")");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add("chromium-driver (" + CHROMEDRIVER + ")");
        }
        if (!Files.isRegularFile(CJK_FONT)) {
            missing.add("fonts-wqy-microhei (" + CJK_FONT + ")");
        }
        return missing;
    }

    /** Installs the packages with aptGet, or says exactly what to install when it may not (not root, no apt-get). */
    static void install(List<String> missing, boolean root, Path aptGet) {
        if (!root || !Files.isExecutable(aptGet)) {
            throw new IllegalStateException("browser tests need " + missing
                    + "; install them (Debian/Ubuntu, as root): " + "apt-get update && " + INSTALL_COMMAND);
        }
        long start = System.nanoTime();
        System.err.println("[browser-install] missing " + missing + "; running: " + INSTALL_COMMAND);
        List<String> command = new ArrayList<>(List.of(aptGet.toString(), "install", "-y", "--no-install-recommends"));
        command.addAll(PACKAGES);
        Result first = run(command);
        if (first.code != 0) {
            // A machine whose package lists are stale or absent knows no such package yet.
            System.err.println("[browser-install] install failed (exit " + first.code + "); running apt-get update");
            Result update = run(List.of(aptGet.toString(), "update"));
            Result second = run(command);
            if (second.code != 0) {
                throw new IllegalStateException("could not install " + PACKAGES + " (exit " + second.code
                        + "); apt-get update"
                        + " exit " + update.code + "; last output:\n" + tail(second.output) + "\nInstall by hand: "
                        + "apt-get update && " + INSTALL_COMMAND);
            }
        }
        System.err.printf("[browser-install] installed %s in %.1f s%n", PACKAGES, (System.nanoTime() - start) / 1e9);
    }

    private static boolean isRoot() {
        try {
            Result id = run(List.of("id", "-u"));
            return id.code == 0 && id.output.trim().equals("0");
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private record Result(int code, String output) {}

    private static Result run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, "timed out: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 15), lines.length));
    }
}
