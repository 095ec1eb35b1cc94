package org.tnracademy.load;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One virtual learner's visit, step by step as a person clicks through the starter course: sign
 * in, the catalogue, the course, a lesson (marked read), a quiz (choice questions), a short-answer
 * exercise, and an item-labelling grid scrolled and labelled; each exercise submitted and its
 * feedback read. Think time between steps. Steps are looked up by element id, never by node number.
 */
final class LearnerScenario {

    static final String ROUND_TRIP = "(any UI round trip)";
    private static final Duration FEEDBACK_WAIT = Duration.ofSeconds(120);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final VaadinConnection tab;
    private final StepTimes times;
    private final String learner;
    private final RandomGenerator random;
    private final long thinkMillis;
    private final long deadline;

    LearnerScenario(VaadinConnection tab, StepTimes times, String learner, RandomGenerator random, long thinkMillis,
                    long deadline) {
        this.tab = tab;
        this.times = times;
        this.learner = learner;
        this.random = random;
        this.thinkMillis = thinkMillis;
        this.deadline = deadline;
    }

    /** The run's time is up: the learner stops where they are and stays on the page (not an error). */
    static final class RunOver extends RuntimeException {
        RunOver() {
            super("the run is over", null, false, false);
        }
    }

    interface Step<T> {
        T run() throws IOException, InterruptedException;
    }

    private <T> T timed(String step, Step<T> action) throws IOException, InterruptedException {
        long start = System.nanoTime();
        T result = action.run();
        long took = System.nanoTime() - start;
        times.record(step, took);
        return result;
    }

    /** A single UI round trip: also counted in the "any UI round trip" line. */
    private JsonNode trip(String step, Step<JsonNode> action) throws IOException, InterruptedException {
        long start = System.nanoTime();
        JsonNode result = action.run();
        long took = System.nanoTime() - start;
        times.record(step, took);
        times.record(ROUND_TRIP, took);
        return result;
    }

    void think() throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new RunOver();
        }
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis / 2 + random.nextLong(thinkMillis + 1));
        }
    }

    void signIn(String password) throws IOException, InterruptedException {
        timed("sign in", () -> {
            tab.signIn(learner, password);
            return null;
        });
        timed("open catalogue (page load)", () -> {
            tab.open("courses");
            return null;
        });
        tab.byId("course-tnr-foundations");
    }

    /** One pass through the course; the exercises are submitted while attempts are left. */
    void visit() throws IOException, InterruptedException {
        think();
        trip("open catalogue", () -> tab.navigate("courses"));
        UidlNode course = tab.byId("course-tnr-foundations");
        think();
        trip("open course", () -> tab.follow(course));
        String lesson = tab.linkHref("lesson-document-and-consular-abuse");
        think();
        trip("open lesson", () -> tab.navigate(lesson));
        tab.byId("lesson-body");
        Optional<UidlNode> markRead = tab.find(byId("mark-read"));
        if (markRead.isPresent()) {
            think();
            trip("mark lesson read", () -> tab.click(markRead.get()));
        }
        think();
        quiz();
        think();
        shortAnswer();
        think();
        labellingGrid();
    }

    private void openExercise(String slug) throws IOException, InterruptedException {
        trip("open course", () -> tab.navigate("courses/1"));
        String link = tab.linkHref("exercise-" + slug);
        think();
        trip("open exercise", () -> tab.navigate(link));
        tab.byId("instructions");
    }

    /** Choice questions: one answer per question (single or several), then submit; feedback in the answer. */
    private void quiz() throws IOException, InterruptedException {
        openExercise("tnr-forms-quiz");
        if (!canSubmit()) {
            return;
        }
        for (UidlNode group : tab.findAll(n -> n.attribute("id") != null && n.attribute("id").startsWith("choice-")
                && n.tag() != null && (n.tag().equals("vaadin-radio-group") || n.tag().equals("vaadin-checkbox-group")))) {
            List<String> options = tab.lock(() -> group.children().stream()
                    .map(o -> o.property("value")).filter(v -> v != null).map(JsonNode::asString).toList());
            if (options.isEmpty()) {
                throw new ProtocolException(group + " offers no options");
            }
            String pick = options.get(random.nextInt(options.size()));
            JsonNode value = "vaadin-checkbox-group".equals(group.tag()) ? NODES.arrayNode().add(pick)
                    : NODES.stringNode(pick);
            think();
            trip("quiz: answer a question", () -> tab.setProperty(group, "value", value, "value-changed"));
        }
        think();
        submitAndReadFeedback("quiz: submit to feedback");
    }

    /** Five blanks typed, then submitted; graded in the request, feedback in its answer. */
    private void shortAnswer() throws IOException, InterruptedException {
        openExercise("spot-consular-phishing");
        if (!canSubmit()) {
            return;
        }
        for (UidlNode blank : tab.findAll(n -> "vaadin-text-field".equals(n.tag()) && n.attribute("id") != null
                && n.attribute("id").startsWith("blank-"))) {
            think();
            String typed = "answer " + (1 + random.nextInt(9));
            String event = tab.lock(() -> blank.listensTo("change") ? "change" : "input");
            trip("short answer: type a blank", () -> tab.setProperty(blank, "value", NODES.stringNode(typed), event));
        }
        think();
        submitAndReadFeedback("short answer: submit to feedback");
    }

    /**
     * The item-labelling grid: a few rows of the first page labelled, scrolled to the next page,
     * a few more labelled, submitted (confirming that the rest stay unlabelled). Graded off the
     * request thread; the feedback arrives by server push.
     */
    private void labellingGrid() throws IOException, InterruptedException {
        openExercise("label-phishing-messages");
        UidlNode grid = tab.byId("dataset-grid");
        LabelColumn column = new LabelColumn();
        GridDriver.confirmUpdates(tab, grid, column);
        if (!canSubmit()) {
            return;
        }
        labelSome(column, column.items(), 4);
        think();
        trip("grid: scroll", () -> {
            GridDriver.scrollTo(tab, grid, 50, column);
            return null;
        });
        List<String> below = column.items().stream().filter(item -> item.compareTo("msg-050") > 0).toList();
        if (below.isEmpty()) {
            throw new ProtocolException("no rows after scrolling the grid");
        }
        labelSome(column, below, 4);
        think();
        UidlNode submit = tab.byId("submit-answer");
        trip("grid: submit (asks to confirm)", () -> tab.click(submit));
        UidlNode confirm = tab.find(UidlTree.tag("vaadin-confirm-dialog").and(LearnerScenario::opened)).orElseThrow(
                () -> new ProtocolException("no confirmation for unlabelled rows"));
        think();
        Predicate<UidlNode> newFeedback = newFeedback();
        timed("grid: submit to feedback", () -> {
            trip("grid: confirm submit", () -> tab.confirm(confirm));
            return tab.await(newFeedback, FEEDBACK_WAIT, "feedback");
        });
        think();
    }

    private void labelSome(LabelColumn column, List<String> items, int count) throws IOException, InterruptedException {
        if (!column.ready()) {
            throw new ProtocolException("the grid's label column sent no renderer or rows");
        }
        List<String> labels = column.labels();
        for (int i = 0; i < Math.min(count, items.size()); i++) {
            String item = items.get(random.nextInt(items.size()));
            String label = labels.get(random.nextInt(labels.size()));
            think();
            trip("grid: label a row", () -> column.pick(tab, item, label));
        }
    }

    private void submitAndReadFeedback(String step) throws IOException, InterruptedException {
        UidlNode submit = tab.byId("submit-answer");
        Predicate<UidlNode> newFeedback = newFeedback();
        timed(step, () -> {
            trip(step.replace(" to feedback", ""), () -> tab.click(submit));
            return tab.await(newFeedback, FEEDBACK_WAIT, "feedback");
        });
        think();
    }

    /** Submit is offered while attempts are left (hidden or disabled once they are used up). */
    private boolean canSubmit() {
        return tab.find(byId("submit-answer")).filter(b -> tab.lock(() -> {
            JsonNode disabled = b.property("disabled");
            return b.attribute("disabled") == null && (disabled == null || !disabled.asBoolean());
        })).isPresent();
    }

    private static boolean opened(UidlNode dialog) {
        JsonNode opened = dialog.property("opened");
        return opened != null && opened.asBoolean();
    }

    private static Predicate<UidlNode> byId(String id) {
        return n -> id.equals(n.attribute("id"));
    }

    /** The feedback area holds its title once an attempt is graded. */
    private static Predicate<UidlNode> feedbackShown() {
        return n -> "h3".equals(n.tag()) && n.parent != null && "feedback".equals(n.parent.attribute("id"));
    }

    /**
     * A feedback title other than the one the page shows now: on a later visit the page opens with
     * the last attempt's feedback, which must not be taken for the new attempt's.
     */
    private Predicate<UidlNode> newFeedback() {
        int shownBefore = tab.find(feedbackShown()).map(UidlNode::id).orElse(-1);
        return feedbackShown().and(n -> n.id() != shownBefore);
    }
}
