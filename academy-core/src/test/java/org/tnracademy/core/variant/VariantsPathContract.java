package org.tnracademy.core.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.analysis.ItemAnalysis;
import org.tnracademy.core.analysis.ItemAnalysisService;
import org.tnracademy.core.analysis.ItemStats;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.catalog.VariantProblem;
import org.tnracademy.core.catalog.VariantSubject;
import org.tnracademy.core.cohort.CohortDetails;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.PreviewGrade;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.core.regrade.RegradeLine;
import org.tnracademy.core.regrade.RegradePreview;
import org.tnracademy.core.regrade.RegradeRefusedException;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.choice.ChoiceQuestion;
import org.tnracademy.exercises.setselection.SetSelectionSpec;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Per-learner variants end to end, on the test pack {@code variants}: two learners of one cohort
 * get different items of one exercise and different keys, each graded against their own; an item
 * of another's variant is refused by name; the variant is kept (the same items at every visit and
 * after a key change), a regrade grades each learner on their own items, item analysis counts each
 * item (template) over the learners who saw it, and an instructor previews a learner's variant.
 * Run on H2 and on PostgreSQL.
 */
abstract class VariantsPathContract {

    /** The test pack's twelve posts: post-01 doxing, post-02 smear, post-03 benign, post-04 harassment, ... */
    private static final List<String> LABELS = List.of("doxing", "smear", "benign", "harassment");

    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AccountService accounts;
    @Autowired
    RegradeService regrades;
    @Autowired
    ItemAnalysisService analysis;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String manager = "cm-" + tag;
    private final String instructor = "in-" + tag;
    private final Map<String, Long> exercises = new HashMap<>();
    private long cohortId;

    @BeforeEach
    void cohort() {
        provisioning.ensure(manager, "Cohort Manager " + tag, "long-enough-pw", EnumSet.of(Role.COHORT_MANAGER));
        provisioning.ensure(instructor, "Instructor " + tag, "long-enough-pw", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as(manager, Role.COHORT_MANAGER);
        CourseOutline course = catalog.outlines().stream().filter(o -> o.slug().equals("variants"))
                .findFirst().orElseThrow();
        course.steps().forEach(s -> exercises.put(s.slug(), s.id()));
        cohortId = cohorts.create(new CohortDetails("Variants " + tag, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 6, 26), Set.of(course.id()))).id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private String learner(String name) {
        String username = name + "-" + tag;
        provisioning.ensure(username, name, "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(manager, Role.COHORT_MANAGER);
        cohorts.enrol(cohortId, username);
        return username;
    }

    private static String labelOf(String post) {
        return LABELS.get((Integer.parseInt(post.substring("post-".length())) - 1) % LABELS.size());
    }

    private ExerciseSheet sheetOf(String learner, long exercise) {
        SignedIn.as(learner, Role.LEARNER);
        return catalog.exerciseToWork(exercise, Locale.ENGLISH).orElseThrow();
    }

    private GradedAttempt submit(String learner, long exercise, Map<String, Object> answer) {
        SignedIn.as(learner, Role.LEARNER);
        return grading.submit(exercise, answer, UUID.randomUUID().toString());
    }

    /** Every post of the variant with its right label, except those given another one. */
    private static Map<String, Object> labels(List<String> posts, Map<String, String> otherwise) {
        Map<String, Object> labels = new LinkedHashMap<>();
        posts.forEach(p -> labels.put(p, otherwise.getOrDefault(p, labelOf(p))));
        return Map.of("labels", labels);
    }

    private static Set<String> gradedItems(GradedAttempt attempt, String type) {
        Set<String> items = new HashSet<>();
        for (ItemResponse r : ExerciseTypes.get(type).itemResponses(attempt.result())) {
            items.add(r.itemId());
        }
        return items;
    }

    @Test
    void twoLearnersOfOneCohortGetDifferentItemsAndKeysAndEachIsGradedAgainstTheirOwn() {
        long exercise = exercises.get("label-own-posts");
        String ana = learner("ana");
        String ben = learner("ben");
        List<String> anaItems = sheetOf(ana, exercise).variantItems();
        List<String> benItems = sheetOf(ben, exercise).variantItems();

        assertThat(anaItems).hasSize(6).doesNotHaveDuplicates();
        assertThat(benItems).hasSize(6).doesNotHaveDuplicates();
        assertThat(new HashSet<>(anaItems)).isNotEqualTo(new HashSet<>(benItems));
        // fair: 6 of 12 posts over 4 labels of 3 gives 1.5 each, the halves to benign and doxing (by name)
        Map<String, Integer> expectedMix = Map.of("benign", 2, "doxing", 2, "harassment", 1, "smear", 1);
        assertThat(mix(anaItems)).isEqualTo(expectedMix);
        assertThat(mix(benItems)).isEqualTo(expectedMix);
        // the variant is kept: the same items in the same order at the next visit
        assertThat(sheetOf(ana, exercise).variantItems()).isEqualTo(anaItems);

        GradedAttempt anaGraded = submit(ana, exercise, labels(anaItems, Map.of()));
        GradedAttempt benGraded = submit(ben, exercise, labels(benItems, Map.of()));
        assertThat(anaGraded.score()).isEqualTo(1.0);
        assertThat(benGraded.score()).isEqualTo(1.0);
        // each key is the learner's own: it grades exactly the items of their variant
        assertThat(gradedItems(anaGraded, "item-labelling")).isEqualTo(new HashSet<>(anaItems));
        assertThat(gradedItems(benGraded, "item-labelling")).isEqualTo(new HashSet<>(benItems));
    }

    @Test
    void anItemOutsideTheLearnersVariantIsRefusedByNameAndNothingIsStored() {
        long exercise = exercises.get("label-own-posts");
        String ana = learner("ana");
        List<String> anaItems = sheetOf(ana, exercise).variantItems();
        String foreign = new ArrayList<>(List.of("post-01", "post-02", "post-03", "post-04", "post-05", "post-06",
                "post-07", "post-08", "post-09", "post-10", "post-11", "post-12")).stream()
                .filter(p -> !anaItems.contains(p)).findFirst().orElseThrow();
        Map<String, Object> answer = Map.of("labels", Map.of(anaItems.getFirst(), labelOf(anaItems.getFirst()),
                foreign, labelOf(foreign)));

        SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> submit(ana, exercise, answer));

        assertThat(refused.reason()).isEqualTo(SubmissionRefusedException.Reason.INVALID_ANSWER);
        assertThat(refused.problems()).extracting(AnswerProblem::where).containsExactly("labels." + foreign);
        assertThat(refused.problems().getFirst().detail()).contains("not one of the items of your variant");
        SignedIn.as(ana, Role.LEARNER);
        assertThat(grading.myAttempts(exercise)).isEmpty();
    }

    @Test
    void aRegradeGradesEachLearnerOnTheirOwnItemsAndTheVariantStaysAfterTheKeyChange() {
        long exercise = exercises.get("label-own-posts");
        String ana = learner("ana");
        String ben = learner("ben");
        List<String> anaItems = sheetOf(ana, exercise).variantItems();
        List<String> benItems = sheetOf(ben, exercise).variantItems();
        submit(ana, exercise, labels(anaItems, Map.of()));
        submit(ben, exercise, labels(benItems, Map.of()));
        // the new key calls one of Ana's posts that Ben does not have "benign" where it was not
        String changed = anaItems.stream().filter(p -> !benItems.contains(p) && !labelOf(p).equals("benign"))
                .findFirst().orElseThrow();
        Map<String, Object> newKey = key(Map.of(changed, "benign"));

        SignedIn.as(instructor, Role.INSTRUCTOR);
        RegradePreview preview = regrades.dryRun(exercise, newKey);
        Map<Long, Double> newScores = new TreeMap<>();
        for (RegradeLine line : preview.lines()) {
            newScores.put(line.learnerId(), line.newScore());
        }
        long anaId = idOf(ana);
        long benId = idOf(ben);
        assertThat(newScores).containsEntry(anaId, 5.0 / 6).containsEntry(benId, 1.0);
        regrades.apply(exercise, newKey, preview.token());
        try {
            // the variants do not move with the key, though the changed post now counts in another stratum
            assertThat(sheetOf(ana, exercise).variantItems()).isEqualTo(anaItems);
            SignedIn.as(ana, Role.LEARNER);
            assertThat(grading.myLatestAttempt(exercise).orElseThrow().score()).isEqualTo(5.0 / 6);
        } finally {
            // the other tests of the class share the exercise: the pack's key back
            SignedIn.as(instructor, Role.INSTRUCTOR);
            regrades.apply(exercise, key(Map.of()), regrades.dryRun(exercise, key(Map.of())).token());
        }
    }

    @Test
    void itemAnalysisCountsEachItemOverTheLearnersWhoSawIt() {
        long exercise = exercises.get("label-own-posts");
        String ana = learner("ana");
        String ben = learner("ben");
        List<String> anaItems = sheetOf(ana, exercise).variantItems();
        List<String> benItems = sheetOf(ben, exercise).variantItems();
        submit(ana, exercise, labels(anaItems, Map.of()));
        // Ben labels his first post wrong
        String wrong = benItems.getFirst();
        submit(ben, exercise, labels(benItems, Map.of(wrong, labelOf(wrong).equals("benign") ? "doxing" : "benign")));

        SignedIn.as(instructor, Role.INSTRUCTOR);
        ItemAnalysis result = analysis.analyse(cohortId, exercise);
        Map<String, Integer> answered = new TreeMap<>();
        for (ItemStats s : result.items()) {
            answered.put(s.itemId(), s.answered());
        }
        Map<String, Integer> expected = new TreeMap<>();
        anaItems.forEach(p -> expected.merge(p, 1, Integer::sum));
        benItems.forEach(p -> expected.merge(p, 1, Integer::sum));
        // by template: the pool's ids, each counted once per learner whose variant held it
        assertThat(answered).isEqualTo(expected);
        ItemStats wrongStats = result.items().stream().filter(s -> s.itemId().equals(wrong)).findFirst().orElseThrow();
        assertThat(wrongStats.difficulty()).isEqualTo(anaItems.contains(wrong) ? 0.5 : 0.0);
    }

    @Test
    void aQuizDrawsEachLearnersQuestionsFromTheBankByKind() {
        long exercise = exercises.get("own-quiz");
        String ana = learner("ana");
        String ben = learner("ben");
        ExerciseSheet anaSheet = sheetOf(ana, exercise);
        ExerciseSheet benSheet = sheetOf(ben, exercise);
        List<String> anaQuestions = anaSheet.spec(ChoiceSpec.class).questions().stream().map(ChoiceQuestion::id).toList();
        assertThat(anaQuestions).isEqualTo(anaSheet.variantItems()).hasSize(4);
        assertThat(anaQuestions.stream().filter(q -> Integer.parseInt(q.substring(1)) % 2 == 1)).hasSize(2);
        assertThat(benSheet.variantItems()).isNotEqualTo(anaSheet.variantItems());

        // all-or-nothing: odd questions single (a), even ones multiple (a and b)
        Map<String, Object> picks = new LinkedHashMap<>();
        anaQuestions.forEach(q -> picks.put(q, Integer.parseInt(q.substring(1)) % 2 == 1 ? List.of("a") : List.of("a", "b")));
        assertThat(submit(ana, exercise, Map.of("picks", picks)).score()).isEqualTo(1.0);
    }

    @Test
    void anInstructorPreviewsALearnersVariantAndTestGradesAgainstIt() {
        long exercise = exercises.get("label-own-posts");
        String ana = learner("ana");
        List<String> anaItems = sheetOf(ana, exercise).variantItems();

        SignedIn.as(instructor, Role.INSTRUCTOR);
        ExerciseSheet preview = catalog.variantPreview(exercise, VariantSubject.learner(idOf(ana)), Locale.ENGLISH)
                .orElseThrow();
        assertThat(preview.variantItems()).isEqualTo(anaItems);
        PreviewGrade graded = grading.previewGrade(exercise, VariantSubject.learner(idOf(ana)), labels(anaItems, Map.of()));
        assertThat(graded.score()).isEqualTo(1.0);

        List<String> sample1 = catalog.variantPreview(exercise, VariantSubject.sample(1), Locale.ENGLISH)
                .orElseThrow().variantItems();
        List<String> sample2 = catalog.variantPreview(exercise, VariantSubject.sample(2), Locale.ENGLISH)
                .orElseThrow().variantItems();
        assertThat(sample1).hasSize(6).isNotEqualTo(sample2);
        // a sample is drawn, not stored: asked again, the same
        assertThat(catalog.variantPreview(exercise, VariantSubject.sample(1), Locale.ENGLISH).orElseThrow()
                .variantItems()).isEqualTo(sample1);
        // the whole exercise stays what the studio shows
        assertThat(catalog.exercise(exercise, Locale.ENGLISH).orElseThrow().variant()).isFalse();
    }

    @Test
    void theCourseOutlineCountsTheItemsEachLearnerGetsNotThePool() {
        SignedIn.as(learner("ana"), Role.LEARNER);
        Map<String, Integer> counts = new TreeMap<>();
        catalog.outlines().stream().filter(o -> o.slug().equals("variants")).findFirst().orElseThrow()
                .steps().forEach(s -> counts.put(s.slug(), s.itemCount()));
        assertThat(counts).isEqualTo(Map.of("label-own-posts", 6, "own-quiz", 4, "pick-own-accounts", 6,
                "mark-own-posts", 4));
    }

    /** The set-selection exercise's network: four of its twelve accounts. */
    private static final Set<String> NETWORK = Set.of("acct-01", "acct-02", "acct-03", "acct-04");

    @Test
    void learnersOfOneCohortGetDifferentAccountsOfASetSelectionEachGradedAgainstTheirOwnNetwork() {
        long exercise = exercises.get("pick-own-accounts");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (String name : List.of("ana", "ben", "cyd")) {
            String learner = learner(name);
            ExerciseSheet sheet = sheetOf(learner, exercise);
            variants.put(learner, sheet.variantItems());
            // the workspace's checklist is the spec: the learner's own accounts only
            assertThat(sheet.spec(SetSelectionSpec.class).items()).isEqualTo(sheet.variantItems());
        }
        assertThat(variants.values().stream().map(Set::copyOf).distinct()).hasSizeGreaterThan(1);
        variants.forEach((learner, items) -> {
            assertThat(items).hasSize(6).doesNotHaveDuplicates();
            // stratified by the key's answer: 6 of 12 accounts, 4 in the network, gives 2 of it to everyone
            List<String> mine = items.stream().filter(NETWORK::contains).toList();
            assertThat(mine).hasSize(2);
            GradedAttempt graded = submit(learner, exercise, Map.of("chosen", mine));
            assertThat(graded.score()).isEqualTo(1.0);
            // the learner's own key: the network's accounts of their variant, nothing of another's
            assertThat(gradedItems(graded, "set-selection")).isEqualTo(new HashSet<>(mine));
        });
    }

    @Test
    void aSetSelectionAnswerChoosingAnAccountOfAnotherVariantIsRefusedByItsPlace() {
        long exercise = exercises.get("pick-own-accounts");
        String ana = learner("ana");
        List<String> anaItems = sheetOf(ana, exercise).variantItems();
        String foreign = NETWORK.stream().filter(a -> !anaItems.contains(a)).sorted().findFirst().orElseThrow();

        SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> submit(ana, exercise, Map.of("chosen", List.of(anaItems.getFirst(), foreign))));

        assertThat(refused.problems()).extracting(AnswerProblem::where).containsExactly("chosen[1]");
        assertThat(refused.problems().getFirst().detail()).contains("'" + foreign + "'");
    }

    @Test
    void setSelectionItemAnalysisCountsAnAccountLeftAloneOnlyForTheLearnersWhoSawIt() {
        long exercise = exercises.get("pick-own-accounts");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (String name : List.of("ana", "ben", "cyd")) {
            String learner = learner(name);
            List<String> items = sheetOf(learner, exercise).variantItems();
            variants.put(learner, items);
            // each wrongly claims the first account of their variant outside the network
            List<String> chosen = new ArrayList<>(items.stream().filter(NETWORK::contains).toList());
            chosen.add(items.stream().filter(a -> !NETWORK.contains(a)).findFirst().orElseThrow());
            submit(learner, exercise, Map.of("chosen", chosen));
        }

        SignedIn.as(instructor, Role.INSTRUCTOR);
        ItemAnalysis result = analysis.analyse(cohortId, exercise);
        assertThat(result.items()).isNotEmpty();
        for (ItemStats s : result.items()) {
            long sawIt = variants.values().stream().filter(items -> items.contains(s.itemId())).count();
            // an account outside a learner's variant was never shown to them: not "rightly left out"
            assertThat(s.answered()).as(s.itemId()).isEqualTo((int) sawIt);
        }
    }

    @Test
    void aSetSelectionRegradeGradesEachLearnerOnTheirOwnAccountsWithTheNewKey() {
        long exercise = exercises.get("pick-own-accounts");
        String ana = learner("ana");
        String ben = learner("ben");
        Map<Long, List<String>> variants = new TreeMap<>();
        for (String learner : List.of(ana, ben)) {
            List<String> items = sheetOf(learner, exercise).variantItems();
            variants.put(idOf(learner), items);
            submit(learner, exercise, Map.of("chosen", items.stream().filter(NETWORK::contains).toList()));
        }
        // the new key adds to the network an account of Ana's variant that nobody chose
        String joined = variants.get(idOf(ana)).stream().filter(a -> !NETWORK.contains(a)).findFirst().orElseThrow();
        Set<String> wider = new TreeSet<>(NETWORK);
        wider.add(joined);

        SignedIn.as(instructor, Role.INSTRUCTOR);
        RegradePreview preview = regrades.dryRun(exercise, selection(wider));
        try {
            Map<Long, Double> newScores = new TreeMap<>();
            for (RegradeLine line : preview.lines()) {
                newScores.put(line.learnerId(), line.newScore());
            }
            // a learner whose variant holds it missed one of three: F1 = 2·2 / (2·2 + 1); the others lose nothing
            variants.forEach((learnerId, items) -> assertThat(newScores).as("learner %d", learnerId)
                    .containsEntry(learnerId, items.contains(joined) ? 0.8 : 1.0));
            regrades.apply(exercise, selection(wider), preview.token());
            assertThat(sheetOf(ana, exercise).variantItems()).isEqualTo(variants.get(idOf(ana)));
        } finally {
            SignedIn.as(instructor, Role.INSTRUCTOR);
            regrades.apply(exercise, selection(NETWORK), regrades.dryRun(exercise, selection(NETWORK)).token());
        }
    }

    @Test
    void aKeyThatWouldLeaveAStoredVariantWithoutAnItemOfTheSetIsRefusedAndTheKeyStays() {
        long exercise = exercises.get("pick-own-accounts");
        // Ana has opened the exercise (her variant is stored) and not submitted: a draft-only learner counts too
        List<String> anaItems = sheetOf(learner("ana"), exercise).variantItems();
        Set<String> elsewhere = new TreeSet<>(NETWORK);
        elsewhere.removeIf(anaItems::contains);
        assertThat(elsewhere).as("network accounts outside Ana's variant").isNotEmpty();

        SignedIn.as(instructor, Role.INSTRUCTOR);
        int keyVersion = regrades.keyOverview(exercise).currentKeyVersion();
        RegradeRefusedException refused = catchThrowableOfType(RegradeRefusedException.class,
                () -> regrades.dryRun(exercise, selection(elsewhere)));

        assertThat(refused.reason()).isEqualTo(RegradeRefusedException.Reason.INVALID_KEY);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.message().code()).isEqualTo(VariantProblem.KEY_BREAKS_VARIANTS);
            // Ana's, and any other learner's whose two accounts of the network are both left out
            assertThat((Integer) p.message().args().getFirst()).isGreaterThanOrEqualTo(1);
        });
        assertThat(regrades.keyOverview(exercise).currentKeyVersion()).isEqualTo(keyVersion);
        // the network itself keeps an item of the set in every variant: the same check lets it through
        assertThat(regrades.dryRun(exercise, selection(NETWORK)).currentKeyVersion()).isEqualTo(keyVersion);
    }

    private static Map<String, Object> selection(Set<String> network) {
        return Map.of("selected", List.copyOf(new TreeSet<>(network)));
    }

    @Test
    void aSpansVariantHoldsPostsWithSpansAndHardNegativesAndIsGradedOnItsOwnSpans() {
        long exercise = exercises.get("mark-own-posts");
        String ana = learner("ana");
        ExerciseSheet sheet = sheetOf(ana, exercise);
        List<String> posts = sheet.spec(SpansSpec.class).posts().stream().map(Post::id).toList();
        assertThat(posts).isEqualTo(sheet.variantItems()).hasSize(4);
        // no stratum named, yet stratified by the key: the odd posts have a phone number, the even ones none
        List<String> withPhone = posts.stream().filter(p -> Integer.parseInt(p.substring(5)) % 2 == 1).toList();
        assertThat(withPhone).hasSize(2);

        List<Object> marks = new ArrayList<>();
        withPhone.forEach(p -> marks.add(Map.of("post", p, "start", 5, "end", 17, "category", "phone")));
        GradedAttempt graded = submit(ana, exercise, Map.of("spans", marks));

        assertThat(graded.score()).isEqualTo(1.0);
        assertThat(gradedItems(graded, "spans")).hasSize(2).allMatch(i -> withPhone.contains(i.substring(0, 7)));
    }

    private long idOf(String username) {
        SignedIn.as(username, Role.LEARNER);
        long id = accounts.current().id();
        SignedIn.as(instructor, Role.INSTRUCTOR);
        return id;
    }

    private static Map<String, Integer> mix(List<String> posts) {
        Map<String, Integer> mix = new TreeMap<>();
        posts.forEach(p -> mix.merge(labelOf(p), 1, Integer::sum));
        return mix;
    }

    /** The pack's key with some posts labelled otherwise. */
    private static Map<String, Object> key(Map<String, String> otherwise) {
        List<Object> items = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String post = String.format("post-%02d", i);
            items.add(Map.of("item", post, "label", otherwise.getOrDefault(post, labelOf(post)),
                    "explanation", Map.of("en", "Post " + i + ".")));
        }
        return Map.of("items", items);
    }
}
