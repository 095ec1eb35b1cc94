package org.tnracademy.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.tnracademy.core.account.BoundedPasswordEncoder;
import org.tnracademy.core.account.PasswordHashing;

/**
 * What a sign-in's password check costs, and how the number of checks allowed at once shapes the
 * wait of 500 sign-ins arriving within 30 s. Prints figures; asserts nothing (docs/benchmarks.md).
 * <p>
 * Part 1: milliseconds per check (one thread) for each OWASP-recommended setting. Part 2: 500
 * sign-ins at random moments (fixed seed) over 30 s, each on its own thread as a servlet request
 * would be, checking an Argon2id password through a {@link BoundedPasswordEncoder} of 1, 2 and 4
 * permits and through no bound at all; per run the p50, p95 and worst time from arrival to answer.
 * <p>
 * Run: {@code ./mvnw -B -ntp -o -pl academy-core -am -Psignin-bench verify -DskipTests} (add
 * {@code -Dsignin.bench.only=permits} or {@code =hashes} for one part, {@code -Dsignin.bench.permits=2,500}
 * for some bounds; 500 is no bound).
 */
public final class PasswordHashBenchmark {

    private static final int SIGN_INS = 500;
    private static final long WINDOW_MILLIS = 30_000;

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("signin.bench.only", "");
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        if (!only.equals("permits")) {
            hashes();
        }
        if (!only.equals("hashes")) {
            PasswordEncoder argon2 = PasswordHashing.delegating();
            String stored = argon2.encode("correct horse battery staple");
            System.out.println("| checks at once | p50 ms | p95 ms | worst ms | all answered after | refused busy (10 s, or 50 in line) | out of memory |");
            for (String p : System.getProperty("signin.bench.permits", "1,2,4,500").split(",")) {
                int permits = Integer.parseInt(p.trim());
                burst(argon2, stored, permits);
            }
        }
    }

    private static void hashes() {
        record Setting(String name, PasswordEncoder encoder) {
        }
        List<Setting> settings = List.of(
                new Setting("argon2id m=19MiB t=2 p=1 (native, the academy's)", PasswordHashing.argon2id()),
                new Setting("argon2id m=19MiB t=2 p=1 in Java (BouncyCastle)", PasswordHashing.argon2idInJava()),
                new Setting("bcrypt cost 10 (before)", new BCryptPasswordEncoder(10)),
                new Setting("bcrypt cost 12", new BCryptPasswordEncoder(12)),
                new Setting("pbkdf2-sha256 600,000", new Pbkdf2PasswordEncoder("", 16, 600_000,
                        Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256)));
        System.out.println("| setting | median ms/check | p95 ms | checks/s per core |");
        for (Setting s : settings) {
            String hash = s.encoder().encode("correct horse battery staple");
            for (int i = 0; i < 5; i++) {
                s.encoder().matches("correct horse battery staple", hash); // warm-up
            }
            double[] ms = new double[30];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                s.encoder().matches("correct horse battery staple", hash);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[ms.length / 2];
            System.out.printf("| %s | %.1f | %.1f | %.1f |%n", s.name(), median, ms[(int) (ms.length * 0.95)],
                    1000 / median);
        }
    }

    private static void burst(PasswordEncoder argon2, String stored, int permits) throws Exception {
        // the academy's default longest wait and line (a quarter of Tomcat's 200 request threads):
        // a sign-in waiting longer, or finding the line full, is told the node is busy
        PasswordEncoder bounded = new BoundedPasswordEncoder(argon2, permits, 10_000, 50);
        Random random = new Random(20261205L);
        long[] arrivals = new long[SIGN_INS];
        for (int i = 0; i < SIGN_INS; i++) {
            arrivals[i] = (long) (random.nextDouble() * WINDOW_MILLIS);
        }
        Arrays.sort(arrivals);
        List<Future<Double>> answers = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long t0 = System.nanoTime();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try (ExecutorService requests = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
            // each sign-in arrives at its moment on a thread of its own, as a servlet request would
            List<ScheduledFuture<Future<Double>>> arriving = new ArrayList<>();
            for (long at : arrivals) {
                arriving.add(clock.schedule(() -> requests.submit(() -> {
                    long start = System.nanoTime();
                    try {
                        bounded.matches("correct horse battery staple", stored);
                    } catch (BoundedPasswordEncoder.PasswordHashingBusyException busy) {
                        refused.incrementAndGet();
                    } catch (OutOfMemoryError tooMany) {
                        // 19 MiB per Argon2id hash under way: without a bound, a burst runs out of heap
                        errors.incrementAndGet();
                    }
                    return (System.nanoTime() - start) / 1e6;
                }), at, TimeUnit.MILLISECONDS));
            }
            for (ScheduledFuture<Future<Double>> a : arriving) {
                answers.add(a.get());
            }
            double[] ms = new double[SIGN_INS];
            for (int i = 0; i < SIGN_INS; i++) {
                ms[i] = answers.get(i).get();
            }
            Arrays.sort(ms);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.1f s | %d | %d |%n", permits == SIGN_INS ? "unbounded" : permits,
                    ms[SIGN_INS / 2], ms[(int) (SIGN_INS * 0.95)], ms[SIGN_INS - 1], (System.nanoTime() - t0) / 1e9,
                    refused.get(), errors.get());
        } finally {
            clock.shutdown();
        }
    }
}
