package org.tnracademy.exercises.estimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * An estimate exercise: its questions, in the order the learner sees them, and the map location
 * answers are placed on (null: latitude and longitude fields only). The score is their mean credit.
 */
public record EstimateSpec(List<EstimateQuestion> questions, MapArea map) {

    private static final List<String> KINDS = List.of("location", "number");
    private static final List<String> DECAYS = List.of("linear", "exponential");
    private static final List<String> ERROR_MODES = List.of("absolute", "relative");
    /** As long as any pack path may be. */
    private static final int MAX_FILE_LENGTH = 200;

    public EstimateSpec {
        questions = Copies.list(questions);
    }

    /** A spec without a map. */
    public EstimateSpec(List<EstimateQuestion> questions) {
        this(questions, null);
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
     * tolerance and zeroCredit are in km, and a location takes no unit or error. Any question may
     * show a photo, {@code picture: {file, alt, caption}}; a spec with location questions may give
     * the map they are placed on, {@code map: {basemap, alt, south, west, north, east}}. Files are
     * pack paths from the pack's root.
     */
    public static EstimateSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<EstimateQuestion> questions = new ArrayList<>();
        for (TreeReader q : in.objects("questions")) {
            questions.add(readQuestion(q));
        }
        MapArea area = in.has("map") ? readMap(in.child("map")) : null;
        List<SpecProblem> problems = problemsOf(questions);
        if (area != null) {
            checkMap(area, questions, problems);
        }
        in.failOnSpecProblems(problems);
        return new EstimateSpec(questions, area);
    }

    /** The pack files the spec shows: each question's picture, then the map's basemap. */
    public List<String> pictureFiles() {
        List<String> files = new ArrayList<>();
        questions.stream().filter(q -> q.picture() != null).forEach(q -> files.add(q.picture().file()));
        if (map != null) {
            files.add(map.basemap());
        }
        return files;
    }

    private static MapArea readMap(TreeReader m) {
        return new MapArea(m.text("basemap"), m.localized("alt"), orNaN(m.number("south")), orNaN(m.number("west")),
                orNaN(m.number("north")), orNaN(m.number("east")));
    }

    private static Picture readPicture(TreeReader p) {
        return new Picture(p.text("file"), p.localized("alt"), p.optionalLocalized("caption"));
    }

    private static void checkMap(MapArea area, List<EstimateQuestion> questions, List<SpecProblem> problems) {
        file(area.basemap(), "map.basemap", problems);
        Checks.text(area.alt(), "map.alt", problems);
        area.check("map", problems);
        if (questions != null && questions.stream().noneMatch(q -> q != null && q.kind() == QuestionKind.LOCATION)) {
            problems.add(SpecProblem.of("map", "a map is for location questions, and this spec has none",
                    EstimateProblem.MAP_WITHOUT_LOCATION));
        }
    }

    private static void file(String file, String at, List<SpecProblem> problems) {
        if (file == null || file.isBlank()) {
            problems.add(SpecProblem.of(at, "is required: the path of a picture of the pack",
                    EstimateProblem.PICTURE_REQUIRED));
        } else if (file.length() > MAX_FILE_LENGTH) {
            problems.add(SpecProblem.of(at, "a path of at most " + MAX_FILE_LENGTH + " characters is required",
                    CheckProblem.TOO_LONG, file.length(), MAX_FILE_LENGTH));
        }
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
        Picture picture = q.has("picture") ? readPicture(q.child("picture")) : null;
        if ("location".equals(kind)) {
            return EstimateQuestion.location(id, prompt, tolerance, zeroCredit, decay).withPicture(picture);
        }
        // a number question, or one of no readable kind: its unit and error are read all the same
        String unit = q.optionalText("unit", "");
        ErrorMode error = ErrorMode.valueOf(q.oneOf("error", ERROR_MODES, "absolute").toUpperCase(Locale.ROOT));
        return kind == null ? new EstimateQuestion(id, null, prompt, unit, error, tolerance, zeroCredit, decay, picture)
                : EstimateQuestion.number(id, prompt, unit, error, tolerance, zeroCredit, decay).withPicture(picture);
    }

    /** NaN stands for a number that could not be read: the check at its path is then dropped as reported. */
    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static List<SpecProblem> problemsOf(List<EstimateQuestion> questions) {
        List<SpecProblem> problems = new ArrayList<>();
        if (questions == null || questions.isEmpty()) {
            problems.add(SpecProblem.of("questions", "at least one question is required", CheckProblem.NONE_GIVEN));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            EstimateQuestion q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED));
            } else {
                checkQuestion(at, q, seen, problems);
            }
        }
        return problems;
    }

    private static void checkQuestion(String at, EstimateQuestion q, Set<String> seen, List<SpecProblem> problems) {
        Checks.id(q.id(), at + ".id", seen, problems);
        if (q.kind() == null) {
            problems.add(SpecProblem.of(at + ".kind", "is required", ReadProblem.REQUIRED));
        }
        Checks.text(q.prompt(), at + ".prompt", problems);
        if (q.unit() == null) {
            problems.add(SpecProblem.of(at + ".unit", "is required", ReadProblem.REQUIRED));
        }
        if (q.errorMode() == null) {
            problems.add(SpecProblem.of(at + ".error", "is required", ReadProblem.REQUIRED));
        } else if (q.kind() == QuestionKind.LOCATION && q.errorMode() != ErrorMode.ABSOLUTE) {
            problems.add(SpecProblem.of(at + ".error", "a location's error is a distance in km",
                    EstimateProblem.LOCATION_ERROR_ABSOLUTE));
        }
        if (q.decay() == null) {
            problems.add(SpecProblem.of(at + ".decay", "is required", ReadProblem.REQUIRED));
        }
        if (q.picture() != null) {
            file(q.picture().file(), at + ".picture.file", problems);
            Checks.text(q.picture().alt(), at + ".picture.alt", problems);
            Checks.optionalText(q.picture().caption(), at + ".picture.caption", problems);
        }
        if (!Double.isFinite(q.tolerance()) || q.tolerance() < 0) {
            problems.add(SpecProblem.of(at + ".tolerance", q.tolerance() + " must be 0 or more",
                    EstimateProblem.TOLERANCE_NEGATIVE, q.tolerance()));
        } else if (!Double.isFinite(q.zeroCredit()) || q.zeroCredit() <= q.tolerance()) {
            problems.add(SpecProblem.of(at + ".zeroCredit",
                    q.zeroCredit() + " must be more than the tolerance (" + q.tolerance() + ")",
                    EstimateProblem.ZERO_CREDIT_TOO_LOW, q.zeroCredit(), q.tolerance()));
        }
    }
}
