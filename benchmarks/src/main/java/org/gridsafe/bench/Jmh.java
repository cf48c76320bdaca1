package org.gridsafe.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;

/** Runs JMH benchmarks from the suites and reads back their primary scores. */
final class Jmh {

    private Jmh() {}

    /** A score with its 99.9% error bar (NaN when there were too few iterations for one). */
    record Score(double value, double error, String unit) {
        String plusMinus() {
            return Double.isNaN(error) ? "single iteration, no error bar" : String.format("± %.3g", error);
        }
    }

    /** Benchmark method of {@code type}, as JMH names it. */
    static String name(Class<?> type, String method) {
        return type.getName() + "." + method;
    }

    /**
     * Runs the named benchmark methods with {@code threads} threads, {@code params} as JMH
     * parameters, and returns the scores by "method" or "method grids=N".
     */
    static Map<String, Score> run(RunMode mode, int threads, Map<String, String[]> params, String... benchmarks)
            throws RunnerException {
        ChainedOptionsBuilder options = mode.jmh().threads(threads);
        for (String benchmark : benchmarks) {
            options = options.include("^" + Pattern.quote(benchmark) + "$");
        }
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            options = options.param(p.getKey(), p.getValue());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Score> scores = new HashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            label = label.substring(label.lastIndexOf('.') + 1);
            for (String key : r.getParams().getParamsKeys()) {
                label += " " + key + "=" + r.getParams().getParam(key);
            }
            Result<?> primary = r.getPrimaryResult();
            scores.put(label, new Score(primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
        }
        return scores;
    }
}
