package org.gridsafe.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A plain closed-loop throughput driver for the suites that talk to a database: {@code threads}
 * threads run {@code op} back to back; after a warm-up the operations completed in a fixed window
 * are counted. JMH adds nothing here (each operation is a network round trip and an fsync), and a
 * plain driver keeps the database and the pool set up once for every thread count.
 */
final class Driver {

    /** One operation; {@code thread} and {@code n} let it pick its own data. */
    interface Op {
        void run(int thread, long n) throws Exception;
    }

    /** The longest a window is stretched while waiting for its first completed operation. */
    private static final Duration MAX_WINDOW = Duration.ofSeconds(120);

    private Driver() {}

    /** Operations per second over {@code measure}, after {@code warmup}. */
    static double rate(int threads, Duration warmup, Duration measure, Op op) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder done = new LongAdder();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread w = new Thread(
                    () -> {
                        long n = 0;
                        try {
                            while (!stop.get()) {
                                op.run(thread, n++);
                                done.increment();
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                            stop.set(true);
                        }
                    },
                    "bench-" + t);
            w.start();
            workers.add(w);
        }
        Thread.sleep(warmup.toMillis());
        long before = done.sum();
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        // A window with no completed operation says nothing (a loaded machine can stall one op past a
        // short smoke window): wait for the first one, up to a bound, so a rate is never a false 0.
        long deadline = start + MAX_WINDOW.toNanos();
        while (done.sum() == before && failure.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long after = done.sum();
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark operation failed", failure.get());
        }
        return (after - before) / (elapsed / 1e9);
    }
}
