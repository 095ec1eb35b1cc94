package org.tnracademy.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.AllTypesPack;
import org.tnracademy.core.support.SentToLearner;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * The probe of a learner who wants the key: answer an exercise of each type partly wrong (label one
 * item only, pick a wrong option, leave items out) and read everything the core sends back, serialized
 * as it would travel. Before the last attempt no value of the key about a wrong or missing item is
 * anywhere in it (no expected label, option, span, indicator, time, place or accepted answer, no
 * explanation of a wrong item) and no breakdown over the key (confusion matrix, figures per label or
 * category); after the last attempt the whole result is there.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class KeyWithheldUntilLastAttemptTest {

    private static final String C2 = "indicator--a1000000-0000-4000-8000-000000000001";
    private static final String IMPLANT = "indicator--a1000000-0000-4000-8000-000000000002";

    /**
     * One exercise of a type, a partly wrong answer to it, the key's values that answer must not
     * reveal before the last attempt (texts anywhere; numbers inside results), and the parts of the
     * result (JSON pointers) that must be empty until then.
     */
    record Probe(String type, Map<String, Object> answer, List<Object> secrets, List<String> withheldParts) {
        @Override
        public String toString() {
            return type;
        }
    }

    static Stream<Probe> probes() {
        return Stream.of(
                new Probe("item-labelling", Map.of("labels", Map.of("t1", "doxing")),
                        List.of("harassment", "benign", "A call for a pile-on.", "An everyday post."),
                        List.of("/confusion", "/perLabel")),
                new Probe("choice", Map.of("picks", Map.of("q1", List.of("b"), "q2", List.of("a"))),
                        List.of("An address exposed to a hostile audience is doxing.",
                                "Criticism of published work is not doxing.", "Batch creation dates point to a network."),
                        List.of("/questions/0/correct")),
                new Probe("set-selection", Map.of("chosen", List.of("acct-02", "acct-04")),
                        List.of("acct-03", "acct-05", "Shares the campaign's hashtag but writes its own posts: a decoy."),
                        List.of("/missed")),
                new Probe("spans", Map.of("spans", List.of(
                        Map.of("post", "post-001", "start", 67, "end", 75, "category", "address"))),
                        List.of("phone", 32, 56, "A home address tells anyone where to find her.",
                                "A private phone number invites calls."),
                        List.of("/perCategory", "/keySpans")),
                new Probe("indicators", Map.of("matches", Map.of("line-01", IMPLANT)),
                        List.of(C2, "line-02", "line-03",
                                "The device resolved the C2 domain of the fake update checker.",
                                "A connection to the sync implant's server address.",
                                "update-check.example.net is another domain: equality is on the whole name."),
                        List.of("/lines/0/expectedIndicator")),
                new Probe("timeline", Map.of("order", List.of("ev-b", "ev-a", "ev-c")),
                        List.of("2025-03-04T20:30:00Z", "2025-03-04T21:05:00Z", "CET is UTC+1 in March: 20:30 UTC.",
                                "UTC-5: 21:05 UTC, after the post."),
                        List.of("/events/0/at", "/events/0/expectedFirst")),
                new Probe("estimate", Map.of("answers", Map.of(
                        "q-place", Map.of("latitude", 48.85, "longitude", 2.35), "q-accounts", 150)),
                        List.of(43.2, 5.4, 120, "Tarrun harbour: the crane and the ferry sign match the quay.",
                                "Count the shares stamped before 21:30 UTC."),
                        List.of("/questions/0/expected", "/questions/0/error")),
                new Probe("technique-tagging", Map.of("techniques", List.of("T0086", "T0085")),
                        List.of("T0049", "T0007", "Hundreds of replies bury the target's posts.",
                                "The replies come from accounts made for the campaign."),
                        List.of()),
                new Probe("short-answer", Map.of("values", Map.of("handle", "@someone_else", "date", "March 1 2024")),
                        List.of("@nadia_k_syn", "The first post with the address came from @nadia_k_syn."),
                        List.of("/blanks/0/acceptedAnswers")),
                new Probe("written-analysis", Map.of("text", "The campaign began in March (post t1)."),
                        List.of("The campaign began on 1 March 2024 when a synthetic account posted the address.",
                                "Expect post ids for the three claims about the first posts."),
                        List.of()));
    }

    @Autowired
    GradingService grading;
    @Autowired
    HintService hints;
    @Autowired
    CatalogService catalog;
    @Autowired
    ProgressService progress;
    @Autowired
    AccountProvisioning provisioning;

    @BeforeEach
    void newLearner() {
        String learner = "prober-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Probing Learner", "secret-password", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void beforeTheLastAttemptNothingSentToTheLearnerRevealsTheKeyOfAWrongItemAfterItEverythingIs(Probe probe) {
        long id = exercise(AllTypesPack.EXERCISE_OF_TYPE.get(probe.type()));
        ExerciseSheet sheet = catalog.exercise(id, java.util.Locale.ENGLISH).orElseThrow();
        boolean autoGraded = !ExerciseTypes.get(probe.type()).gradedByInstructor();

        for (int attempt = 1; attempt < sheet.maxAttempts(); attempt++) {
            GradedAttempt graded = submit(id, sheet, probe.answer());
            SentToLearner sent = everythingSent(id, graded);

            assertThat(sent.found(probe.secrets())).as("key values sent after attempt %d", attempt).isEmpty();
            for (String part : probe.withheldParts()) {
                assertThat(sent.anyResultHas(part)).as("%s sent after attempt %d", part, attempt).isFalse();
            }
            if (autoGraded) {
                assertThat(graded.keyWithheld()).isTrue();
                assertThat(graded.score()).as("the score is still shown").isNotNull();
            }
        }

        GradedAttempt last = submit(id, sheet, probe.answer());
        SentToLearner sent = everythingSent(id, last);
        if (autoGraded) {
            assertThat(last.keyWithheld()).isFalse();
            assertThat(sent.found(probe.secrets())).as("the whole result after the last attempt")
                    .containsExactlyInAnyOrderElementsOf(probe.secrets());
            for (String part : probe.withheldParts()) {
                assertThat(sent.anyResultHas(part)).as(part).isTrue();
            }
        } else {
            assertThat(sent.found(probe.secrets())).as("a written analysis never carries its model answer").isEmpty();
        }
    }

    private GradedAttempt submit(long id, ExerciseSheet sheet, Map<String, Object> answer) {
        if (sheet.policy().timeLimitMinutes() != null) {
            grading.start(id);
        }
        return grading.submit(id, answer, UUID.randomUUID().toString());
    }

    /** What the exercise page and the progress API read for the learner after an attempt. */
    private SentToLearner everythingSent(long id, GradedAttempt submitted) {
        List<Object> sent = new ArrayList<>();
        sent.add(submitted);
        sent.add(grading.myLatestAttempt(id).orElseThrow());
        sent.add(grading.myAttempts(id));
        sent.add(hints.hints(id));
        sent.add(progress.myProgress());
        return SentToLearner.of(sent.toArray());
    }

    private long exercise(String slug) {
        return catalog.outlines().stream().filter(o -> o.slug().equals(AllTypesPack.SLUG)).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE && s.slug().equals(slug))
                .findFirst().orElseThrow().id();
    }
}
