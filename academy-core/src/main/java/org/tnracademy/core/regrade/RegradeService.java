package org.tnracademy.core.regrade;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.catalog.KeyVersionRefusedException;
import org.tnracademy.core.catalog.LearnerVariants;
import org.tnracademy.core.grading.AttemptRegrading;
import org.tnracademy.core.grading.GradeHistoryEntry;
import org.tnracademy.core.grading.GradedAnswer;
import org.tnracademy.core.grading.Rescored;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Regrades after an answer-key change. A dry run grades every graded attempt of the exercise
 * version again with the new key, in memory, and shows old and new scores and standings; apply
 * then stores the key version, replaces the grades (old ones kept in history), lets standings
 * follow and writes one audit entry, all in one transaction, and only if nothing changed since the
 * dry run. Written analyses are graded by instructors on a rubric and are never regraded by key.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class RegradeService {

    private final ExerciseKeyStore keys;
    private final LearnerVariants variants;
    private final AttemptRegrading regrading;
    private final AccountService accounts;
    private final AuditLog audit;

    RegradeService(ExerciseKeyStore keys, AttemptRegrading regrading, LearnerVariants variants, AccountService accounts,
                   AuditLog audit) {
        this.keys = keys;
        this.variants = variants;
        this.regrading = regrading;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The key in force with its history of versions, and the key as YAML for the editor. */
    @Transactional(readOnly = true)
    public AnswerKeyOverview keyOverview(long exerciseId) {
        GradingMaterial m = material(exerciseId);
        boolean regradable = !ExerciseTypes.get(m.type()).gradedByInstructor();
        return new AnswerKeyOverview(m.exerciseId(), m.type(), m.version(), m.title(), m.keyVersion(),
                keys.keyVersions(exerciseId), KeyYaml.format(m.keyTree()), regradable,
                regradable ? regrading.gradedAnswers(exerciseId).size() : 0);
    }

    /**
     * Grades every graded attempt of the exercise version again with {@code newKeyTree}, in memory:
     * nothing is stored.
     *
     * @throws RegradeRefusedException UNKNOWN_EXERCISE, NOT_GRADED_BY_KEY, INVALID_KEY (every problem with
     *                                 its path) or ANSWERS_DO_NOT_FIT (every attempt the key cannot grade)
     */
    @Transactional(readOnly = true)
    public RegradePreview dryRun(long exerciseId, Map<String, Object> newKeyTree) {
        return plan(exerciseId, newKeyTree).preview();
    }

    /**
     * Applies the regrade the dry run showed: stores {@code newKeyTree} as the next key version,
     * replaces every graded attempt's grade (the old one kept in history), updates standings and
     * writes one audit entry. All or nothing.
     *
     * @param expectedPreviewToken the {@link RegradePreview#token()} of the dry run the instructor confirmed
     * @throws RegradeRefusedException as {@link #dryRun}, or STALE_PREVIEW when an attempt, the key in
     *                                 force or the new key differ from the dry run's: run it again
     */
    @Transactional
    public RegradeOutcome apply(long exerciseId, Map<String, Object> newKeyTree, String expectedPreviewToken) {
        // before reading the attempts: a submission being stored now is either seen here or graded by the new key
        keys.lockForKeyChange(exerciseId);
        Plan plan = plan(exerciseId, newKeyTree);
        if (expectedPreviewToken == null || !plan.token().equals(expectedPreviewToken)) {
            throw new RegradeRefusedException(RegradeRefusedException.Reason.STALE_PREVIEW,
                    "The attempts or the key of this exercise changed since the dry run: run the dry run again",
                    List.of());
        }
        String actor = accounts.current().username();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int newVersion = keys.storeKeyVersion(exerciseId, newKeyTree);
        regrading.replaceGrades(plan.material(), newVersion, plan.rescored(), now, actor);
        RegradePreview p = plan.preview();
        int standingsChanged = (int) p.standings().stream().filter(StandingChange::changed).count();
        audit.record(actor, AuditAction.REGRADE, AuditMessage.of("regraded", plan.material().title(),
                p.currentKeyVersion(), newVersion, p.lines().size(), p.changed(), p.up(), p.down(), standingsChanged),
                "exercise " + exerciseId + " version " + p.exerciseVersion()
                + ": key version " + p.currentKeyVersion() + " -> " + newVersion + ", " + p.lines().size()
                + " attempts regraded, " + p.changed() + " changed (" + p.up() + " up, " + p.down() + " down), "
                + standingsChanged + " standings changed", null);
        return new RegradeOutcome(exerciseId, p.currentKeyVersion(), newVersion, p.lines().size(), p.changed(),
                p.up(), p.down(), standingsChanged, now);
    }

    /** The grades an attempt had before regrades replaced them, oldest first; a learner may read their own. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'LEARNER')")
    @Transactional(readOnly = true)
    public List<GradeHistoryEntry> history(long attemptId) {
        return regrading.history(attemptId);
    }

    /** Everything a dry run computes, and what apply needs of it. */
    private record Plan(GradingMaterial material, List<Rescored> rescored, RegradePreview preview) {
        String token() {
            return preview.token();
        }
    }

    private Plan plan(long exerciseId, Map<String, Object> newKeyTree) {
        GradingMaterial material = material(exerciseId);
        if (ExerciseTypes.get(material.type()).gradedByInstructor()) {
            throw new RegradeRefusedException(RegradeRefusedException.Reason.NOT_GRADED_BY_KEY,
                    "Written analyses are graded by instructors on their rubric, not by an answer key: "
                            + "there is nothing to regrade", List.of());
        }
        try {
            keys.checkKeyVersion(exerciseId, newKeyTree);
        } catch (KeyVersionRefusedException invalid) {
            throw new RegradeRefusedException(RegradeRefusedException.Reason.INVALID_KEY,
                    "The new key does not fit the exercise: " + invalid.getMessage(), invalid.problems());
        }
        List<SpecProblem> brokenVariants = variants.unreadableUnder(material, newKeyTree);
        if (!brokenVariants.isEmpty()) {
            throw new RegradeRefusedException(RegradeRefusedException.Reason.INVALID_KEY,
                    "The new key does not fit every learner's variant: " + brokenVariants.getFirst().reason(),
                    brokenVariants);
        }
        List<GradedAnswer> answers = regrading.gradedAnswers(exerciseId);
        List<Rescored> rescored = new ArrayList<>(answers.size());
        List<SpecProblem> unfit = new ArrayList<>();
        for (GradedAnswer a : answers) {
            try {
                rescored.add(regrading.rescore(material, newKeyTree, a));
            } catch (InvalidAnswerException e) {
                for (AnswerProblem problem : e.problems()) {
                    unfit.add(new SpecProblem("attempt " + a.attemptId() + " (" + problem.where() + ")",
                            problem.detail(), problem.message()));
                }
            }
        }
        if (!unfit.isEmpty()) {
            throw new RegradeRefusedException(RegradeRefusedException.Reason.ANSWERS_DO_NOT_FIT,
                    "The new key cannot grade " + unfit.size()
                            + (unfit.size() == 1 ? " stored answer" : " stored answers") + ": a key must cover "
                            + "everything learners have answered", unfit);
        }
        return new Plan(material, rescored, preview(material, newKeyTree, rescored));
    }

    private RegradePreview preview(GradingMaterial material, Map<String, Object> newKeyTree, List<Rescored> rescored) {
        Map<Long, String> names = rescored.isEmpty() ? Map.of() : accounts.displayNames(
                rescored.stream().map(r -> r.attempt().learnerId()).distinct().toList());
        List<RegradeLine> lines = new ArrayList<>();
        Map<Long, List<Standings.Scored>> before = new LinkedHashMap<>();
        Map<Long, List<Standings.Scored>> after = new LinkedHashMap<>();
        int up = 0;
        int down = 0;
        for (Rescored r : rescored) {
            GradedAnswer a = r.attempt();
            RegradeLine line = new RegradeLine(a.attemptId(), a.learnerId(), names.getOrDefault(a.learnerId(), "?"),
                    a.attemptNumber(), a.keyVersion(), a.score(), r.score());
            lines.add(line);
            if (line.change() > 0) {
                up++;
            } else if (line.change() < 0) {
                down++;
            }
            before.computeIfAbsent(a.learnerId(), k -> new ArrayList<>())
                    .add(new Standings.Scored(a.attemptNumber(), a.score()));
            after.computeIfAbsent(a.learnerId(), k -> new ArrayList<>())
                    .add(new Standings.Scored(a.attemptNumber(), r.score()));
        }
        lines.sort(Comparator.comparing(RegradeLine::learnerName).thenComparingLong(RegradeLine::learnerId)
                .thenComparingInt(RegradeLine::attemptNumber));
        List<StandingChange> standings = new ArrayList<>();
        before.forEach((learner, scores) -> standings.add(new StandingChange(learner, names.getOrDefault(learner, "?"),
                Standings.of(material.policy().scoring(), scores),
                Standings.of(material.policy().scoring(), after.get(learner)))));
        standings.sort(Comparator.comparing(StandingChange::learnerName).thenComparingLong(StandingChange::learnerId));
        return new RegradePreview(material.exerciseId(), material.version(), material.keyVersion(),
                material.policy().scoring(), lines, standings, up + down, up, down,
                token(material, newKeyTree, rescored));
    }

    /**
     * A fingerprint of what apply would act on: the exercise, the key in force, the new key and
     * every graded attempt with its lock version (any new, graded or changed attempt alters it).
     */
    private static String token(GradingMaterial material, Map<String, Object> newKeyTree, List<Rescored> rescored) {
        StringBuilder text = new StringBuilder();
        text.append(material.exerciseId()).append('|').append(material.keyVersion()).append('|')
                .append(KeyYaml.canonical(newKeyTree)).append('|');
        rescored.stream().map(Rescored::attempt).sorted(Comparator.comparingLong(GradedAnswer::attemptId))
                .forEach(a -> text.append(a.attemptId()).append(':').append(a.lockVersion()).append(';'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private GradingMaterial material(long exerciseId) {
        return keys.material(exerciseId).orElseThrow(() -> new RegradeRefusedException(
                RegradeRefusedException.Reason.UNKNOWN_EXERCISE, "No exercise with id " + exerciseId, List.of()));
    }
}
