package org.tnracademy.exercises.estimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/** An estimate exercise: its questions, in the order the learner sees them. The score is their mean credit. */
public record EstimateSpec(List<EstimateQuestion> questions) {

    private static final List<String> KINDS = List.of("location", "number");
    private static final List<String> DECAYS = List.of("linear", "exponential");
    private static final List<String> ERROR_MODES = List.of("absolute", "relative");

    public EstimateSpec {
        questions = Copies.list(questions);
    }

    /** A checked spec: at least one question, ids unique, 0 <= tolerance < zeroCredit. */
    public static EstimateSpec of(List<EstimateQuestion> questions) {
        List<SpecProblem> problems = problemsOf(questions);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new EstimateSpec(questions);
    }

    /**
     * Reads {@code questions: [{id, kind: location|number, prompt, tolerance, zeroCredit,
     * decay: linear|exponential}]}, number questions also taking {@code unit} and
     * {@code error: absolute|relative}. Decay defaults to linear, error to absolute; a location's
     * tolerance and zeroCredit are in km, and a location takes no unit or error.
     */
    public static EstimateSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<EstimateQuestion> questions = new ArrayList<>();
        for (TreeReader q : in.objects("questions")) {
            questions.add(readQuestion(q));
        }
        in.failOnSpecProblems(problemsOf(questions));
        return new EstimateSpec(questions);
    }

    public Map<String, EstimateQuestion> questionsById() {
        Map<String, EstimateQuestion> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    /** A question as far as it reads: a kind, tolerance or zeroCredit that cannot be read is null or NaN. */
    private static EstimateQuestion readQuestion(TreeReader q) {
        String kind = q.oneOf("kind", KINDS);
        String id = q.text("id");
        LocalizedText prompt = q.localized("prompt");
        double tolerance = orNaN(q.number("tolerance"));
        double zeroCredit = orNaN(q.number("zeroCredit"));
        Decay decay = Decay.valueOf(q.oneOf("decay", DECAYS, "linear").toUpperCase(Locale.ROOT));
        if ("location".equals(kind)) {
            return EstimateQuestion.location(id, prompt, tolerance, zeroCredit, decay);
        }
        // a number question, or one of no readable kind: its unit and error are read all the same
        String unit = q.optionalText("unit", "");
        ErrorMode error = ErrorMode.valueOf(q.oneOf("error", ERROR_MODES, "absolute").toUpperCase(Locale.ROOT));
        return kind == null ? new EstimateQuestion(id, null, prompt, unit, error, tolerance, zeroCredit, decay)
                : EstimateQuestion.number(id, prompt, unit, error, tolerance, zeroCredit, decay);
    }

    /** NaN stands for a number that could not be read: the check at its path is then dropped as reported. */
    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static List<SpecProblem> problemsOf(List<EstimateQuestion> questions) {
        List<SpecProblem> problems = new ArrayList<>();
        if (questions == null || questions.isEmpty()) {
            problems.add(new SpecProblem("questions", "at least one question is required"));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            EstimateQuestion q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.add(new SpecProblem(at, "is required"));
            } else {
                checkQuestion(at, q, seen, problems);
            }
        }
        return problems;
    }

    private static void checkQuestion(String at, EstimateQuestion q, Set<String> seen, List<SpecProblem> problems) {
        Checks.id(q.id(), at + ".id", seen, problems);
        if (q.kind() == null) {
            problems.add(new SpecProblem(at + ".kind", "is required"));
        }
        Checks.text(q.prompt(), at + ".prompt", problems);
        if (q.unit() == null) {
            problems.add(new SpecProblem(at + ".unit", "is required"));
        }
        if (q.errorMode() == null) {
            problems.add(new SpecProblem(at + ".error", "is required"));
        } else if (q.kind() == QuestionKind.LOCATION && q.errorMode() != ErrorMode.ABSOLUTE) {
            problems.add(new SpecProblem(at + ".error", "a location's error is a distance in km"));
        }
        if (q.decay() == null) {
            problems.add(new SpecProblem(at + ".decay", "is required"));
        }
        if (!Double.isFinite(q.tolerance()) || q.tolerance() < 0) {
            problems.add(new SpecProblem(at + ".tolerance", q.tolerance() + " must be 0 or more"));
        } else if (!Double.isFinite(q.zeroCredit()) || q.zeroCredit() <= q.tolerance()) {
            problems.add(new SpecProblem(at + ".zeroCredit",
                    q.zeroCredit() + " must be more than the tolerance (" + q.tolerance() + ")"));
        }
    }
}
