package org.tnracademy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/** Item analysis and the dashboard computed from attempts stored through the real grading path. */
@SpringBootTest(classes = CoreTestApplication.class)
class CohortAnalysisTest {

    /** Strong learners get t1 and t3 right but call t2 benign; weak ones get only t2 right. */
    private static final Map<String, Object> STRONG = Map.of("labels",
            Map.of("t1", "doxing", "t2", "benign", "t3", "benign"));
    private static final Map<String, Object> WEAK = Map.of("labels",
            Map.of("t1", "benign", "t2", "harassment", "t3", "doxing"));

    @Autowired
    ItemAnalysisService items;
    @Autowired
    CohortDashboardService dashboards;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    CohortFixture f;

    @BeforeEach
    void cohort() {
        f = new CohortFixture(cohorts, catalog, grading, provisioning);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void flagsTheItemStrongLearnersFailAndReportsWhatTheyAnswer() {
        for (int i = 0; i < 4; i++) {
            f.submit(f.learner("Strong " + i), "label-three", STRONG);
            f.submit(f.learner("Weak " + i), "label-three", WEAK);
        }

        ItemAnalysis analysis = items.analyse(f.cohortId, f.exercises.get("label-three"));

        assertThat(analysis.supported()).isTrue();
        assertThat(analysis.learners()).isEqualTo(8);
        assertThat(analysis.groupSize()).isEqualTo(2);
        assertThat(analysis.items()).extracting(ItemStats::itemId).containsExactly("t1", "t2", "t3");
        ItemStats t2 = analysis.items().get(1);
        assertThat(t2.expected()).isEqualTo("harassment");
        assertThat(t2.difficulty()).isEqualTo(0.5);
        assertThat(t2.discrimination()).isEqualTo(-1.0);
        assertThat(t2.keyMayBeWrong()).isTrue();
        assertThat(t2.strongAnswer()).isEqualTo("benign");
        assertThat(analysis.items().get(0).keyMayBeWrong()).isFalse();
        assertThat(analysis.items().get(0).commonWrong()).containsExactly(new ItemStats.AnswerCount("benign", 4));
        assertThat(analysis.flagged()).isEqualTo(1);
    }

    @Test
    void usesEachLearnersFirstGradedAttempt() {
        String learner = f.learner("Improver");
        f.submit(learner, "label-three", WEAK);
        f.submit(learner, "label-three", CohortFixture.perfect("label-three"));

        ItemAnalysis analysis = items.analyse(f.cohortId, f.exercises.get("label-three"));

        assertThat(analysis.items()).filteredOn(s -> s.itemId().equals("t1")).singleElement()
                .satisfies(s -> assertThat(s.difficulty()).isZero());
    }

    @Test
    void analysesChoiceSetSelectionAndIndicatorsItemByItem() {
        String a = f.learner("Choice One");
        String b = f.learner("Choice Two");
        for (String slug : List.of("pick-the-doxing", "find-the-network", "match-implant-logs")) {
            f.submit(a, slug, CohortFixture.perfect(slug));
            f.submit(b, slug, CohortFixture.partial(slug));
        }

        ItemAnalysis choice = items.analyse(f.cohortId, f.exercises.get("pick-the-doxing"));
        ItemAnalysis selection = items.analyse(f.cohortId, f.exercises.get("find-the-network"));
        ItemAnalysis indicators = items.analyse(f.cohortId, f.exercises.get("match-implant-logs"));

        assertThat(choice.items()).extracting(ItemStats::itemId).containsExactly("q1", "q2");
        assertThat(choice.items().get(1).commonWrong()).containsExactly(new ItemStats.AnswerCount("a+c", 1));
        // key acct-02, 03, 05; the partial answer chose 02 and 04: 03 and 05 missed, 04 wrongly claimed
        assertThat(selection.items()).extracting(ItemStats::itemId)
                .contains("acct-02", "acct-03", "acct-04", "acct-05");
        assertThat(selection.items()).filteredOn(s -> s.itemId().equals("acct-04")).singleElement()
                .satisfies(s -> assertThat(s.difficulty()).isEqualTo(0.5));
        assertThat(indicators.items()).isNotEmpty().allSatisfy(s -> assertThat(s.answered()).isEqualTo(2));
    }

    @Test
    void analysesSpansTimelineEstimateTaggingAndShortAnswerItemByItem() {
        String a = f.learner("Other One");
        String b = f.learner("Other Two");
        for (String slug : List.of("mark-the-address", "order-the-case", "place-the-photo", "tag-the-smear",
                "find-the-source")) {
            f.submit(a, slug, CohortFixture.perfect(slug));
            f.submit(b, slug, CohortFixture.partial(slug));
        }

        ItemAnalysis spans = items.analyse(f.cohortId, f.exercises.get("mark-the-address"));
        ItemAnalysis timeline = items.analyse(f.cohortId, f.exercises.get("order-the-case"));
        ItemAnalysis estimate = items.analyse(f.cohortId, f.exercises.get("place-the-photo"));
        ItemAnalysis tagging = items.analyse(f.cohortId, f.exercises.get("tag-the-smear"));
        ItemAnalysis shortAnswer = items.analyse(f.cohortId, f.exercises.get("find-the-source"));

        assertThat(List.of(spans, timeline, estimate, tagging, shortAnswer)).allMatch(ItemAnalysis::supported);
        // the partial answer marks the address, not the phone number
        assertThat(spans.items()).extracting(ItemStats::expected).containsExactly("address", "phone");
        assertThat(spans.items()).extracting(ItemStats::difficulty).containsExactly(1.0, 0.5);
        assertThat(spans.items().get(1).commonWrong())
                .containsExactly(new ItemStats.AnswerCount(ItemOutcome.NOTHING, 1));
        // b, a, c: the first two swapped
        assertThat(timeline.items()).extracting(ItemStats::itemId).containsExactly("ev-a", "ev-b", "ev-c");
        assertThat(timeline.items()).extracting(ItemStats::difficulty).containsExactly(0.5, 0.5, 1.0);
        assertThat(estimate.items()).extracting(ItemStats::itemId).containsExactlyInAnyOrder("q-place", "q-accounts");
        assertThat(estimate.items()).allSatisfy(s -> {
            assertThat(s.meanError()).isPositive();
            assertThat(s.errorUnit()).isNotBlank();
        });
        // key techniques only; the partial answer keeps T0086 and misses the other two
        assertThat(tagging.items()).extracting(ItemStats::itemId).containsExactly("T0007", "T0049", "T0086");
        assertThat(tagging.items()).extracting(ItemStats::difficulty).containsExactly(0.5, 0.5, 1.0);
        assertThat(shortAnswer.items()).filteredOn(s -> s.itemId().equals("date")).singleElement()
                .satisfies(s -> assertThat(s.commonWrong())
                        .containsExactly(new ItemStats.AnswerCount("2 march 2024", 1)));
    }

    @Test
    void dashboardGivesCompetencyByFormScoreDistributionAndCompletion() {
        String a = f.learner("Dash Full");
        f.learner("Dash None");
        f.submit(a, "match-implant-logs", CohortFixture.perfect("match-implant-logs"));
        f.submit(a, "pick-the-doxing", CohortFixture.perfect("pick-the-doxing"));

        CohortDashboard d = dashboards.dashboard(f.cohortId);

        assertThat(d.learners()).isEqualTo(2);
        assertThat(d.scoreBins()).hasSize(CohortDashboard.SCORE_BINS);
        assertThat(d.scoreBins().getFirst()).isEqualTo(1);
        assertThat(d.scoreBins().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(d.mean()).isCloseTo(2.0 / d.exercises() / 2, within(1e-9));
        FormCompetency spyware = form(d, "spyware");
        assertThat(spyware.exercises()).isEqualTo(1);
        assertThat(spyware.mean()).isEqualTo(1.0);
        assertThat(spyware.coverage()).isEqualTo(0.5);
        assertThat(spyware.learnersByBand()).containsExactly(0, 0, 0, 0, 1);
        assertThat(form(d, "document-abuse").mean()).isNull();
        assertThat(d.forms()).extracting(FormCompetency::form).startsWith("doxing", "sexualized-smear");
        assertThat(d.completion()).singleElement().satisfies(day -> {
            assertThat(day.completed()).isEqualTo(2);
            assertThat(day.cumulative()).isEqualTo(2);
            assertThat(day.day()).isBetween(LocalDate.now(ZoneId.of("UTC")).minusDays(1),
                    LocalDate.now(ZoneId.of("UTC")).plusDays(1));
        });
    }

    @Test
    void instructorsMayAnalyseButLearnersMayNot() {
        String learner = f.learner("Nosy Learner");
        provisioning.ensure("instr-" + f.tag, "Instructor", "long-enough-pw", java.util.EnumSet.of(Role.INSTRUCTOR));

        SignedIn.as("instr-" + f.tag, Role.INSTRUCTOR);
        assertThat(items.analyse(f.cohortId, f.exercises.get("label-three")).learners()).isZero();
        assertThat(dashboards.dashboard(f.cohortId).learners()).isEqualTo(1);
        SignedIn.as(learner, Role.LEARNER);
        assertThatThrownBy(() -> items.analyse(f.cohortId, f.exercises.get("label-three")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> dashboards.dashboard(f.cohortId)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static FormCompetency form(CohortDashboard d, String form) {
        return d.forms().stream().filter(c -> c.form().equals(form)).findFirst().orElseThrow();
    }
}
