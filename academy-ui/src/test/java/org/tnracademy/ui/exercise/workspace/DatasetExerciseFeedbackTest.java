package org.tnracademy.ui.exercise.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.indicators.IndicatorsResult;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.labelling.LabellingType;
import org.tnracademy.ui.exercise.labelling.LabellingFeedback;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.exercises.spans.SpansResult;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.timeline.TimelineResult;
import org.tnracademy.exercises.timeline.TimelineSpec;
import org.tnracademy.exercises.indicators.IndicatorsType;
import org.tnracademy.exercises.setselection.SetSelectionType;
import org.tnracademy.exercises.spans.SpansType;
import org.tnracademy.exercises.timeline.TimelineType;
import org.tnracademy.ui.exercise.indicators.IndicatorsFeedback;
import org.tnracademy.ui.exercise.setselection.SetSelectionFeedback;
import org.tnracademy.ui.exercise.spans.SpansFeedback;
import org.tnracademy.ui.exercise.timeline.TimelineFeedback;
import org.tnracademy.ui.testsupport.RenderedText;

/**
 * Feedback of the four dataset exercise types, from the docs' examples graded with a wrong answer:
 * before the last attempt, the expected answer and the explanation of a wrong item never reach the
 * component tree; after it they do, and a right item's explanation is shown all along.
 */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class DatasetExerciseFeedbackTest extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void setSelectionHidesMissedItemsAndWrongClaimExplanationsUntilTheLastAttempt() {
        SetSelectionType type = new SetSelectionType();
        Map<String, Object> spec = Map.of("items", List.of("acct-01", "acct-02", "acct-03", "acct-04", "acct-05",
                "acct-06"), "metric", "f1");
        Map<String, Object> key = Map.of("selected", List.of("acct-02", "acct-03", "acct-05"), "explanations", Map.of(
                "acct-02", Map.of("en", "Created the same hour as acct-03 and reposts it within seconds."),
                "acct-03", Map.of("en", "Posts the campaign's first message."),
                "acct-04", Map.of("en", "Shares the campaign's hashtag but writes its own posts: a decoy.")));
        SetSelectionResult result = type.gradeTrees(spec, key, Map.of("chosen", List.of("acct-03", "acct-05",
                "acct-04")));

        String hidden = render(new SetSelectionFeedback(result, false));
        assertThat(hidden).contains("67%", "acct-04", "Wrongly claimed", "Posts the campaign's first message.")
                .doesNotContain("a decoy", "acct-02", "Created the same hour");
        String revealed = render(new SetSelectionFeedback(result, true));
        assertThat(revealed).contains("a decoy", "acct-02", "Created the same hour", "Missed");
    }

    @Test
    void setSelectionNamesAPostOfTheDatasetByItsPlaceNotItsKey() {
        SetSelectionType type = new SetSelectionType();
        Map<String, Object> spec = Map.of("items", List.of("post-017", "post-018", "@handle_syn"));
        Map<String, Object> key = Map.of("selected", List.of("post-017", "@handle_syn"));
        SetSelectionResult result = type.gradeTrees(spec, key, Map.of("chosen", List.of("post-017", "post-018")));
        List<String> itemOrder = List.of("post-015", "post-016", "post-017", "post-018");

        String shown = render(new SetSelectionFeedback(result, true, itemOrder));

        assertThat(shown).contains("Post 3", "Post 4", "@handle_syn").doesNotContain("post-017", "post-018");
    }

    @Test
    void spansHideTheTextCategoryAndExplanationOfAMissedSpanUntilTheLastAttempt() {
        SpansType type = new SpansType();
        Map<String, Object> specTree = Map.of("categories", List.of(
                Map.of("id", "address", "title", Map.of("en", "Home address")),
                Map.of("id", "phone", "title", Map.of("en", "Phone number"))),
                "posts", List.of(Map.of("id", "post-001", "text", "Found her: Mira Tallis lives at 14 Quay Lane, "
                        + "Saltmarrow. Call +00 555 0147 or mail mira.t@mail.example today.")));
        Map<String, Object> key = Map.of("spans", List.of(
                Map.of("post", "post-001", "start", 32, "end", 56, "category", "address",
                        "explanation", Map.of("en", "A home address tells anyone where to find her.")),
                Map.of("post", "post-001", "start", 63, "end", 75, "category", "phone",
                        "explanation", Map.of("en", "A phone number invites calls at any hour."))));
        SpansSpec spec = type.readSpec(specTree);
        SpansResult result = type.gradeTrees(specTree, key, Map.of("spans", List.of(
                Map.of("post", "post-001", "start", 32, "end", 56, "category", "address"),
                Map.of("post", "post-001", "start", 11, "end", 15, "category", "phone"))));

        String hidden = render(new SpansFeedback(result, spec, false));
        assertThat(hidden).contains("A home address tells anyone", "14 Quay Lane, Saltmarrow", "Missed", "«Mira»")
                .doesNotContain("invites calls", "+00 555 0147");
        String revealed = render(new SpansFeedback(result, spec, true));
        assertThat(revealed).contains("invites calls", "+00 555 0147");
    }

    @Test
    void indicatorsHideTheRightIndicatorOfAWrongLineAndUnclaimedLinesUntilTheLastAttempt() {
        IndicatorsType type = new IndicatorsType();
        Map<String, Object> specTree = IndicatorsExample.spec();
        IndicatorsSpec spec = type.readSpec(specTree);
        // line-01 right, line-02 is a decoy claimed, line-03 missed
        IndicatorsResult result = type.gradeTrees(specTree, IndicatorsExample.key(), Map.of("matches", Map.of(
                "line-01", IndicatorsExample.C2, "line-02", IndicatorsExample.C2)));

        String hidden = render(new IndicatorsFeedback(result, spec, false));
        assertThat(hidden).contains("The device resolved the C2 domain", "Decoy claimed")
                .doesNotContain("equality is on the whole name", "sync implant's server address", "198.51.100.7:443");
        String revealed = render(new IndicatorsFeedback(result, spec, true));
        assertThat(revealed).contains("equality is on the whole name", "sync implant's server address",
                "198.51.100.7:443", "Sync implant infrastructure");
    }

    @Test
    void timelineHidesThePlaceTimeAndExplanationOfAnEventOutOfPlaceUntilTheLastAttempt() {
        TimelineType type = new TimelineType();
        Map<String, Object> specTree = TimelineExample.spec();
        TimelineSpec spec = type.readSpec(specTree);
        // right order a, b, c: a is in place, b and c are swapped
        TimelineResult result = type.gradeTrees(specTree, TimelineExample.key(), Map.of("order",
                List.of("ev-a", "ev-c", "ev-b")));

        String hidden = render(new TimelineFeedback(result, spec, false));
        assertThat(hidden).contains("67%", "CET is UTC+1 in March")
                .doesNotContain("after the post", "21:10 UTC on the 4th", "21:05");
        String revealed = render(new TimelineFeedback(result, spec, true));
        assertThat(revealed).contains("after the post", "21:10 UTC on the 4th");
        // events are named by their text, never by their ids in the spec
        assertThat(revealed).contains("A post names the target's street.").doesNotContain("ev-a", "ev-b", "ev-c");
        assertThat(hidden).doesNotContain("ev-a", "ev-b", "ev-c");
    }

    @Test
    void labellingNamesEachItemByItsPlaceInTheDatasetAsTheWorkspaceNumbersIt() {
        Map<String, Object> spec = Map.of("labels", List.of(Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
                Map.of("id", "benign", "title", Map.of("en", "Benign"))));
        Map<String, Object> key = Map.of("items", List.of(Map.of("item", "msg-0031", "label", "doxing"),
                Map.of("item", "msg-0007", "label", "benign")));
        LabellingResult result = new LabellingType().gradeTrees(spec, key,
                Map.of("labels", Map.of("msg-0031", "doxing", "msg-0007", "doxing")));
        List<LabelOption> options = List.of(new LabelOption("doxing", LocalizedText.of("Doxing", "Doxing")),
                new LabelOption("benign", LocalizedText.of("Benign", "Bénin")));

        String shown = render(new LabellingFeedback(options, result, true, List.of("msg-0007", "msg-0012", "msg-0031")));

        assertThat(shown).contains("Post 1", "Post 3").doesNotContain("msg-0031", "msg-0007");
    }

    @Test
    void labellingHidesTheRightLabelAndExplanationOfAWrongItemUntilTheLastAttempt() {
        Map<String, Object> spec = Map.of("labels", List.of(Map.of("id", "doxing", "title", Map.of("en", "Doxing")),
                Map.of("id", "benign", "title", Map.of("en", "Benign"))));
        Map<String, Object> key = Map.of("items", List.of(
                Map.of("item", "msg-0031", "label", "doxing", "explanation", Map.of("en", "It gives her street.")),
                Map.of("item", "msg-0007", "label", "benign", "explanation", Map.of("en", "A recipe, nothing more."))));
        LabellingResult result = new LabellingType().gradeTrees(spec, key,
                Map.of("labels", Map.of("msg-0031", "doxing", "msg-0007", "doxing")));
        List<LabelOption> options = List.of(new LabelOption("doxing", LocalizedText.of("Doxing", "Doxing")),
                new LabelOption("benign", LocalizedText.of("Benign", "Bénin")));
        List<String> order = List.of("msg-0007", "msg-0031");

        String hidden = render(new LabellingFeedback(options, result, false, order));
        assertThat(hidden).contains("Correct label: Doxing", "It gives her street.", "Correct label: —")
                .doesNotContain("Correct label: Benign", "A recipe, nothing more.");
        String revealed = render(new LabellingFeedback(options, result, true, order));
        assertThat(revealed).contains("Correct label: Benign", "A recipe, nothing more.");
    }

    private static String render(Component feedback) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(feedback);
        return RenderedText.of(feedback);
    }
}
