package org.gridsafe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine's load, recorded next to every figure (2 shared cores: a loaded machine skews timings). */
final class Load {

    private Load() {}

    /** The 1-minute load average, or -1 where the OS does not say. */
    static double oneMinute() {
        return averages()[0];
    }

    /** {1, 5, 15}-minute load averages, from /proc/loadavg (or the OS bean elsewhere). */
    static double[] averages() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {
                Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
            };
        } catch (IOException | RuntimeException e) {
            double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            return new double[] {one, -1, -1};
        }
    }

    /** Like uptime's tail: "load average: 1.20, 0.80, 0.50". */
    static String describe() {
        double[] a = averages();
        return String.format(Locale.ROOT, "load average: %.2f, %.2f, %.2f", a[0], a[1], a[2]);
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
