package org.tnracademy.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load test: starts the academy's production jar as its own process (or uses one already
 * running, {@code --url}), signs in {@code --learners} synthetic learners spread over
 * {@code --ramp-up} seconds, lets each walk the course ({@link LearnerScenario}) with think time
 * until {@code --duration} seconds have passed, then prints p50/p95/p99 per step, the errors, and
 * the academy's retained heap per signed-in learner after a full GC (against the idle heap before
 * the run), and again once every learner has left their page, and the academy's CPU time over the
 * run. With {@code -Dload.arrivals-only=true} each learner only arrives (signs in and loads the
 * catalogue, then stays on it): the academy's CPU time divided by the arrivals is what one arrival
 * costs the node. {@code -Dload.jfr=<file>} records a JFR profile of the academy over the run.
 * {@code -Dload.warm-up-seconds=<s>} has a few learners of their own walk the course first, so the
 * run meets a node that has served for a while rather than one just started.
 * Exits 1 on any protocol error.
 * <p>
 * {@code ./mvnw -B -pl load-test -am -Pload verify -DskipTests -Dload.learners=500 -Dload.ramp-up=30 -Dload.duration=300}
 */
public final class LoadTest {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int learners = Integer.parseInt(opts.getOrDefault("learners", "50"));
        int rampUp = Integer.parseInt(opts.getOrDefault("ramp-up", "20"));
        int duration = Integer.parseInt(opts.getOrDefault("duration", "60"));
        long think = Long.parseLong(opts.getOrDefault("think-ms", "1000"));
        int port = Integer.parseInt(opts.getOrDefault("port", "8091"));
        String password = opts.getOrDefault("password", "load-test-password");
        String url = opts.getOrDefault("url", "");
        long pid = Long.parseLong(opts.getOrDefault("pid", "0"));

        AcademyProcess academy = null;
        if (url.isBlank()) {
            List<String> serverArgs = Arrays.asList(opts.getOrDefault("server-args", "").split("\\s+"));
            // the warm-up walkers have accounts of their own, after the timed learners'
            academy = AcademyProcess.start(Path.of(opts.getOrDefault("jar", "academy-ui/target/academy-ui.jar")), port,
                    learners + warmUpWalkers(), opts.getOrDefault("heap", "2g"), serverArgs);
            url = "http://localhost:" + port + "/";
            pid = academy.pid();
            // a driver stopped early (Ctrl-C, a CI timeout) stops the academy too
            AcademyProcess started = academy;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        }
        int exit = 1;
        try {
            if (academy != null) {
                academy.awaitReady(url, Duration.ofMinutes(10));
            }
            exit = run(URI.create(url), pid, learners, rampUp, duration, think, password);
        } finally {
            if (academy != null) {
                // a failed run's log says what the academy saw; the data folder goes either way
                academy.close(exit != 0);
            }
        }
        System.exit(exit);
    }

    private static int run(URI base, long pid, int learners, int rampUp, int duration, long think, String password)
            throws Exception {
        warmUp(base, password, learners);
        long idleHeap = pid > 0 ? AcademyProcess.heapAfterFullGc(pid) : -1;
        long idleLive = pid > 0 ? AcademyProcess.liveObjects(pid) : -1;
        boolean arrivalsOnly = Boolean.getBoolean("load.arrivals-only");
        System.out.printf("Load test: %d learners, ramp-up %d s, %d s in all, think time %d ms (0.5-1.5x), %s%s%n",
                learners, rampUp, duration, think, base, arrivalsOnly ? ", arrivals only (sign in, catalogue)" : "");
        String jfr = System.getProperty("load.jfr", "");
        if (pid > 0 && !jfr.isBlank()) {
            AcademyProcess.jcmd(pid, "JFR.start name=load settings=profile filename=" + jfr);
        }
        long cpuBefore = academyCpu(pid);
        long driverCpuBefore = ProcessCpu.millis(ProcessHandle.current().pid());
        StepTimes times = new StepTimes();
        // the times of the steady part: from the moment the last learner has signed in
        StepTimes afterArrivals = new StepTimes();
        AtomicInteger signedIn = new AtomicInteger();
        AtomicInteger visits = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<VaadinConnection> tabs = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(duration);
        AllSignedIn allIn = AllSignedIn.NOT_YET;
        HttpTransport http = HttpTransport.open(learners);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners; i++) {
                int number = i + 1;
                long startAt = start + TimeUnit.MILLISECONDS.toNanos((long) i * rampUp * 1000L / Math.max(1, learners));
                threads.submit(() -> {
                    if (arrivalsOnly) {
                        arrival(number, startAt, http, base, times, password, signedIn, refused, tabs);
                    } else {
                        learner(number, startAt, deadline, http, base, times, think, password, signedIn, visits, tabs);
                    }
                    return null;
                });
            }
            if (!arrivalsOnly) {
                allIn = ticker(start, deadline, times, afterArrivals, learners, signedIn, pid);
            }
        }
        long cpuAfter = academyCpu(pid);
        long driverCpuAfter = ProcessCpu.millis(ProcessHandle.current().pid());
        long steadyEnd = System.nanoTime();
        Map<String, CpuByThreadKind.ThreadTime> threadsAfter = CpuByThreadKind.read(pid);
        Optional<CollectorPauses> pausesAfter = CollectorPauses.read(pid);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (pid > 0 && !jfr.isBlank()) {
            AcademyProcess.jcmd(pid, "JFR.stop name=load");
            System.out.println("JFR profile of the academy over the run: " + jfr);
        }
        System.out.printf("%nAfter %.0f s: %d learners signed in, %d course visits, %d errors%n",
                seconds, signedIn.get(), visits.get(), times.errors());
        System.out.println(times.table());
        if (!arrivalsOnly && afterArrivals.count(LearnerScenario.ROUND_TRIP) > 0) {
            System.out.printf("From the moment every learner had signed in (%.0f s into the run) to the end:%n",
                    (allIn.at() - start) / 1e9);
            System.out.println(afterArrivals.table());
        }
        if (cpuBefore >= 0 && cpuAfter >= 0) {
            long cpu = cpuAfter - cpuBefore;
            System.out.printf("Academy CPU time over the run: %.1f s (%.0f%% of one core)%n", cpu / 1e3,
                    100.0 * cpu / 1e3 / seconds);
            if (arrivalsOnly) {
                System.out.printf("Academy CPU per arrival (sign-in page, password check, catalogue page load): "
                        + "%.1f ms%n", cpu / (double) Math.max(1, signedIn.get()));
            } else {
                System.out.printf("Academy CPU per UI round trip, everything the run did over them: %.2f ms%n",
                        cpu / (double) Math.max(1, times.count(LearnerScenario.ROUND_TRIP)));
            }
        }
        long steadyTrips = afterArrivals.count(LearnerScenario.ROUND_TRIP);
        if (!arrivalsOnly && steadyTrips > 0 && allIn.academyCpu() >= 0 && cpuAfter >= 0) {
            // sign-ins (a password hash each) and the ramp left out: the walk alone, comparable across ramps
            System.out.printf("Academy CPU per UI round trip from the moment every learner had signed in: %.2f ms "
                    + "(driver: %.2f ms)%n", (cpuAfter - allIn.academyCpu()) / (double) steadyTrips,
                    (driverCpuAfter - allIn.driverCpu()) / (double) steadyTrips);
            String shares = CpuByThreadKind.shares(allIn.threads(), threadsAfter);
            if (!shares.isEmpty()) {
                System.out.println("  by kind of thread: " + shares);
            }
            if (allIn.pauses().isPresent() && pausesAfter.isPresent()) {
                System.out.println("  the collector's pauses: " + pausesAfter.get().since(allIn.pauses().get(),
                        (steadyEnd - allIn.at()) / 1e9));
            }
        }
        if (driverCpuBefore >= 0 && driverCpuAfter >= 0) {
            // the driver shares the machine: what it takes is not the academy's
            System.out.printf("Load driver CPU time over the run: %.1f s (%.0f%% of one core)%n",
                    (driverCpuAfter - driverCpuBefore) / 1e3, 100.0 * (driverCpuAfter - driverCpuBefore) / 1e3 / seconds);
        }
        if (arrivalsOnly) {
            System.out.printf("Sign-ins refused (password not checked in time), then tried again: %d%n", refused.get());
        }
        System.out.printf("Sign-in: %d within the %d s ramp-up (%.1f per second), p95 %.1f ms%n",
                times.count("sign in"), rampUp, times.count("sign in") / (double) Math.max(1, rampUp),
                times.p95("sign in"));
        if (pid > 0) {
            long loaded = AcademyProcess.heapAfterFullGc(pid);
            System.out.printf("Heap after full GC: idle %.1f MB, with %d learners signed in (one open page each) "
                    + "%.1f MB: %.0f KB per learner%n", idleHeap / 1e6, signedIn.get(), loaded / 1e6,
                    (loaded - idleHeap) / 1024.0 / Math.max(1, signedIn.get()));
            long loadedLive = AcademyProcess.liveObjects(pid);
            System.out.printf("Live objects (class histogram): idle %.1f MB, with every learner on a page %.1f MB: "
                    + "%.0f KB per learner%n", idleLive / 1e6, loadedLive / 1e6,
                    (loadedLive - idleLive) / 1024.0 / Math.max(1, signedIn.get()));
            heapDump(pid, "page");
            if (Boolean.getBoolean("load.histogram")) {
                System.out.println("What the heap holds with every learner on a page (jcmd GC.class_histogram, top 30):");
                AcademyProcess.jcmd(pid, "GC.class_histogram").lines().limit(Integer.getInteger("load.histogram-lines", 33)).forEach(System.out::println);
            }
            for (VaadinConnection tab : tabs) {
                try {
                    tab.leave();
                } catch (Exception e) {
                    times.error("a learner", "leave the page", e);
                }
            }
            long left = AcademyProcess.heapAfterFullGc(pid);
            long leftLive = AcademyProcess.liveObjects(pid);
            heapDump(pid, "left");
            if (Boolean.getBoolean("load.histogram")) {
                System.out.println("... and once they left their pages:");
                AcademyProcess.jcmd(pid, "GC.class_histogram").lines().limit(Integer.getInteger("load.histogram-lines", 23)).forEach(System.out::println);
            }
            System.out.printf("Heap after full GC once every learner left their page (unload beacon, session kept): "
                    + "%.1f MB: %.0f KB per signed-in learner%n", left / 1e6,
                    (left - idleHeap) / 1024.0 / Math.max(1, signedIn.get()));
            System.out.printf("Live objects once every learner left their page: %.1f MB: %.0f KB per signed-in learner%n",
                    leftLive / 1e6, (leftLive - idleLive) / 1024.0 / Math.max(1, signedIn.get()));
        }
        http.close();
        if (!arrivalsOnly && visits.get() < signedIn.get()) {
            times.error("the run", "visits", new IllegalStateException(
                    "only " + visits.get() + " course visits for " + signedIn.get() + " learners signed in"));
        }
        if (times.errors() > 0) {
            System.out.println("Errors (first ones):");
            times.firstErrors().forEach(e -> System.out.println("  " + e));
            return 1;
        }
        return 0;
    }

    /** With {@code -Dload.heap-dump=<prefix>}: the academy's live objects to {@code <prefix>-<when>.hprof}. */
    private static void heapDump(long pid, String when) throws Exception {
        String prefix = System.getProperty("load.heap-dump", "");
        if (!prefix.isBlank()) {
            String file = prefix + "-" + when + ".hprof";
            AcademyProcess.jcmd(pid, "GC.heap_dump " + file);
            System.out.println("Heap dump: " + file);
        }
    }

    private static void learner(int number, long startAt, long deadline, HttpTransport http, URI base, StepTimes times,
                                long think, String password, AtomicInteger signedIn, AtomicInteger visits,
                                ConcurrentLinkedQueue<VaadinConnection> tabs) throws InterruptedException {
        String name = System.getProperty("load.username", learnerName(number));
        TimeUnit.NANOSECONDS.sleep(Math.max(0, startAt - System.nanoTime()));
        SplittableRandom random = new SplittableRandom(number);
        VaadinConnection tab = null;
        boolean counted = false;
        boolean visited = false;
        while (System.nanoTime() < deadline || !visited) {
            try {
                if (tab == null) {
                    tab = new VaadinConnection(http, base);
                    new LearnerScenario(tab, times, name, random, think, deadline).signIn(password);
                    if (!counted) {
                        signedIn.incrementAndGet();
                        counted = true;
                    }
                }
                // every learner walks the whole course once, however slow the academy; then the run's end stops them
                new LearnerScenario(tab, times, name, random, think, visited ? deadline : Long.MAX_VALUE).visit();
                visits.incrementAndGet();
                visited = true;
            } catch (LearnerScenario.RunOver over) {
                break;
            } catch (Exception | AssertionError e) {
                times.error(name, "visit", e);
                if (tab != null) {
                    tab.close();
                }
                tab = null;
                if (System.nanoTime() >= deadline) {
                    return;
                }
                Thread.sleep(think);
            }
        }
        tabs.add(tab);
    }

    /**
     * A learner who only arrives: signs in, loads the catalogue and stays on it. A sign-in refused
     * (the password could not be checked in time) is tried again after a second, as a person
     * would; the refusals are counted, not errors, and their cost is part of the arrivals'.
     */
    private static void arrival(int number, long startAt, HttpTransport http, URI base, StepTimes times, String password,
                                AtomicInteger signedIn, AtomicInteger refused,
                                ConcurrentLinkedQueue<VaadinConnection> tabs) throws InterruptedException {
        String name = learnerName(number);
        TimeUnit.NANOSECONDS.sleep(Math.max(0, startAt - System.nanoTime()));
        for (int attempt = 1; ; attempt++) {
            VaadinConnection tab = new VaadinConnection(http, base);
            try {
                new LearnerScenario(tab, times, name, new SplittableRandom(number), 0, Long.MAX_VALUE).signIn(password);
                signedIn.incrementAndGet();
                tabs.add(tab);
                return;
            } catch (Exception | AssertionError e) {
                tab.close();
                if (attempt == 10 || !(e instanceof ProtocolException) || !e.getMessage().contains("sign-in refused")) {
                    times.error(name, "arrive", e);
                    return;
                }
                refused.incrementAndGet();
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    /**
     * One learner walks the course alone first, untimed, so that the run measures a node that has
     * served a page (classes loaded, queries prepared), as a node behind a load balancer would be.
     */
    private static void warmUp(URI base, String password, int learners) throws Exception {
        if (Boolean.getBoolean("load.no-warm-up")) {
            return;
        }
        long start = System.nanoTime();
        try (HttpTransport http = HttpTransport.open(1);
             VaadinConnection tab = new VaadinConnection(http, base)) {
            LearnerScenario walk = new LearnerScenario(tab, new StepTimes(),
                    System.getProperty("load.username", learnerName(1)), new SplittableRandom(0), 0,
                    Long.MAX_VALUE);
            walk.signIn(password);
            walk.visit();
            tab.leave();
        }
        System.out.printf("Warm-up: one learner walked the course alone in %.1f s (not counted)%n",
                (System.nanoTime() - start) / 1e9);
        warmNode(base, password, Integer.getInteger("load.warm-up-seconds", 0), learners);
    }

    /** The synthetic account the academy made for the n-th load-test learner ({@code academy.load-test.learners}). */
    static String learnerName(int number) {
        return "load-learner-" + String.format("%04d", number);
    }

    private static int warmUpWalkers() {
        return Integer.getInteger("load.warm-up-seconds", 0) > 0 ? Integer.getInteger("load.warm-up-walkers", 4) : 0;
    }

    /**
     * With {@code -Dload.warm-up-seconds=S}: a node that has served for a while, as a node in
     * production has, rather than one just started. {@code load.warm-up-walkers} learners (4) sign
     * in, walk the course without thinking and leave, again and again for S seconds, so the JIT has
     * compiled what every step runs before the timed learners come (not counted; the idle heap is
     * read after it). A restart under a full class is the cold case the run measures without it.
     */
    private static void warmNode(URI base, String password, int seconds, int learners) throws Exception {
        if (seconds <= 0) {
            return;
        }
        int walkers = warmUpWalkers();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger visits = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < walkers; w++) {
                // an account each (two walkers on one would spend each other's attempts), none of the timed learners'
                String learner = learnerName(learners + w + 1);
                SplittableRandom random = new SplittableRandom(w + 1);
                threads.submit(() -> {
                    while (System.nanoTime() < until) {
                        try (HttpTransport http = HttpTransport.open(1);
                             VaadinConnection tab = new VaadinConnection(http, base)) {
                            LearnerScenario walk = new LearnerScenario(tab, new StepTimes(), learner, random, 0, until);
                            walk.signIn(password);
                            walk.visit();
                            visits.incrementAndGet();
                            tab.leave();
                        } catch (LearnerScenario.RunOver timeUp) {
                            return null;
                        } catch (Exception failed) {
                            // the timed run finds out for itself; a warm-up that fails says so and stops
                            System.out.println("Warm-up walker stopped: " + failed);
                            return null;
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf("Warm-up: %d learners walked the course %d times in %d s (not counted)%n", walkers,
                visits.get(), seconds);
    }

    /**
     * When the last learner signed in, and then: the academy's and the driver's CPU (-1: not known),
     * the academy's threads' CPU (empty: not known) and its collector's pauses so far.
     */
    record AllSignedIn(long at, long academyCpu, long driverCpu, Map<String, CpuByThreadKind.ThreadTime> threads,
                       Optional<CollectorPauses> pauses) {
        static final AllSignedIn NOT_YET = new AllSignedIn(0, -1, -1, Map.of(), Optional.empty());
    }

    /**
     * A line every ten seconds while the run lasts, so a long run shows it is alive: the round trip's
     * p95 so far and over the last ten seconds, with the round trips a second and the CPU the academy
     * and the driver used over those ten seconds (in % of one core; where a run breaks down, this
     * tells cores used up from waiting on something else). Once every learner has signed in, times
     * are also kept apart in {@code afterArrivals} (the steady part of the run): when that began
     * ({@code nanoTime}).
     */
    private static AllSignedIn ticker(long start, long deadline, StepTimes times, StepTimes afterArrivals,
            int learners, AtomicInteger signedIn, long pid) throws InterruptedException {
        AllSignedIn allIn = AllSignedIn.NOT_YET;
        long printed = 0;
        long driverPid = ProcessHandle.current().pid();
        Interval interval = new Interval(System.nanoTime(), 0, academyCpu(pid),
                ProcessCpu.millis(driverPid));
        while (System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
            if (allIn == AllSignedIn.NOT_YET && signedIn.get() >= learners) {
                // jcmd first (it takes a moment), then the time and CPU the steady part is counted from
                Optional<CollectorPauses> pauses = CollectorPauses.read(pid);
                Map<String, CpuByThreadKind.ThreadTime> threads = CpuByThreadKind.read(pid);
                allIn = new AllSignedIn(System.nanoTime(), academyCpu(pid), ProcessCpu.millis(driverPid), threads,
                        pauses);
                times.alsoRecordFromNowOnIn(afterArrivals);
            }
            if ((System.nanoTime() - start) / 1_000_000_000L / 10 > printed) {
                printed++;
                Interval now = new Interval(System.nanoTime(), times.count(LearnerScenario.ROUND_TRIP),
                        academyCpu(pid), ProcessCpu.millis(driverPid));
                System.out.printf("  %4.0f s: %d signed in, round trip p95 %.1f ms (last 10 s: %.1f ms, %s), %d errors%n",
                        (System.nanoTime() - start) / 1e9, signedIn.get(), times.p95(LearnerScenario.ROUND_TRIP),
                        times.p95SinceLastAsked(LearnerScenario.ROUND_TRIP), now.since(interval), times.errors());
                interval = now;
            }
        }
        return allIn;
    }

    /** The academy's CPU time in ms, -1 where it is not this machine's process (a given {@code --url}). */
    private static long academyCpu(long pid) {
        return pid > 0 ? ProcessCpu.millis(pid) : -1;
    }

    /** Where a ten-second line's interval ends: the time, the round trips so far and the CPU times (ms, -1: unknown). */
    record Interval(long nanos, long roundTrips, long academyCpu, long driverCpu) {

        /** "52 round trips a second, academy 143%, driver 21% of one core", from {@code earlier} to this. */
        String since(Interval earlier) {
            double seconds = Math.max(1e-9, (nanos - earlier.nanos) / 1e9);
            String rate = String.format("%.0f round trips a second", (roundTrips - earlier.roundTrips) / seconds);
            if (academyCpu < 0 || earlier.academyCpu < 0 || driverCpu < 0 || earlier.driverCpu < 0) {
                return rate;
            }
            return String.format("%s, academy %.0f%%, driver %.0f%% of one core", rate,
                    (academyCpu - earlier.academyCpu) / seconds / 10, (driverCpu - earlier.driverCpu) / seconds / 10);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        List<String> list = new ArrayList<>(Arrays.asList(args));
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (!a.startsWith("--")) {
                continue;
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                out.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (i + 1 < list.size()) {
                out.put(a.substring(2), list.get(++i));
            }
        }
        return out;
    }
}
