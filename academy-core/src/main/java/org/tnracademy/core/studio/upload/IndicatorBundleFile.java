package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.core.packs.PackFileProblem;
import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.IntelligenceSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an indicator bundle an instructor uploads as the reference intelligence of an indicator
 * exercise: a STIX 2.1 bundle as researchers publish it ({@code .json} or {@code .stix2}), checked
 * by the indicator type's own rules, with its source (URL or citation) and licence, both required.
 * Unlike a dataset, its objects need no synthetic marker: the intelligence may be real published
 * data; the log lines learners search stay synthetic. Pure: no database, no Spring.
 */
public final class IndicatorBundleFile {

    /** The bundle becomes part of the exercise's spec: the dataset limit is ample (10,000 indicators are ~6 MB). */
    public static final int MAX_BYTES = DatasetFile.MAX_BYTES;

    private static final JsonMapper JSON = Mappers.jsonValueByValue();

    private IndicatorBundleFile() {
    }

    /**
     * @return the bundle tree, its indicator count and its source, or every problem with its line
     */
    public static IndicatorBundlePreview read(String fileName, byte[] bytes, String source, String licence) {
        String file = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        ProblemList problems = new ProblemList(file);
        IntelligenceSource intelligence = intelligence(source, licence, problems);
        String name = file.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !name.endsWith(".stix2")) {
            problems.add(0, "not an indicator bundle file: upload a STIX 2.1 bundle saved as .json or .stix2",
                    UploadProblemCode.NOT_A_BUNDLE_FILE);
            return IndicatorBundlePreview.refused(file, problems.list());
        }
        if (bytes == null || bytes.length == 0) {
            problems.add(0, "the file is empty", UploadProblemCode.EMPTY_FILE);
            return IndicatorBundlePreview.refused(file, problems.list());
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(0, "the file has " + bytes.length + " bytes, at most " + MAX_BYTES + " ("
                    + (MAX_BYTES >> 20) + " MiB) are accepted: keep the indicators the exercise uses",
                    UploadProblemCode.TOO_LARGE, bytes.length, MAX_BYTES);
            return IndicatorBundlePreview.refused(file, problems.list());
        }
        Optional<String> text = Utf8Text.decode(bytes, problems);
        if (text.isEmpty()) {
            return IndicatorBundlePreview.refused(file, problems.list());
        }
        List<Integer> objectLines = new ArrayList<>();
        Map<String, Object> bundle = parse(text.get(), objectLines, problems);
        if (bundle == null) {
            return IndicatorBundlePreview.refused(file, problems.list());
        }
        int indicators = 0;
        try {
            indicators = IndicatorsSpec.checkedBundle(bundle).size();
        } catch (InvalidSpecException refused) {
            for (SpecProblem p : refused.problems()) {
                String where = p.field().startsWith("bundle.") ? p.field().substring("bundle.".length()) : p.field();
                problems.add(lineOf(where, objectLines), where, p.reason(), p.message());
            }
        }
        if (!problems.isEmpty()) {
            return IndicatorBundlePreview.refused(file, problems.list());
        }
        return new IndicatorBundlePreview(file, bundle, indicators, intelligence, List.of());
    }

    /** Source and licence as typed, stripped; each missing or too long is a problem. */
    private static IntelligenceSource intelligence(String source, String licence, ProblemList problems) {
        String s = source == null ? "" : source.strip();
        String l = licence == null ? "" : licence.strip();
        if (s.isEmpty()) {
            problems.add(0, "source", "required: the URL or citation of where the bundle is published",
                    ProblemMessage.of(UploadProblemCode.SOURCE_REQUIRED));
        } else if (s.length() > IntelligenceSource.MAX_SOURCE_LENGTH) {
            problems.add(0, "source", s.length() + " characters, at most " + IntelligenceSource.MAX_SOURCE_LENGTH,
                    ProblemMessage.of(CheckProblem.TOO_LONG, s.length(), IntelligenceSource.MAX_SOURCE_LENGTH));
        }
        if (l.isEmpty()) {
            problems.add(0, "licence", "required: the licence the bundle is published under, such as CC BY 4.0",
                    ProblemMessage.of(UploadProblemCode.LICENCE_REQUIRED));
        } else if (l.length() > IntelligenceSource.MAX_LICENCE_LENGTH) {
            problems.add(0, "licence", l.length() + " characters, at most " + IntelligenceSource.MAX_LICENCE_LENGTH,
                    ProblemMessage.of(CheckProblem.TOO_LONG, l.length(), IntelligenceSource.MAX_LICENCE_LENGTH));
        }
        return new IntelligenceSource(s, l);
    }

    /**
     * The bundle as a plain tree (maps, lists, texts, numbers), noting the line each element of
     * {@code objects} starts on; null, with the problem, when the text is not one JSON object.
     */
    private static Map<String, Object> parse(String text, List<Integer> objectLines, ProblemList problems) {
        String body = !text.isEmpty() && text.charAt(0) == Utf8Text.BOM ? text.substring(1) : text;
        Map<String, Object> bundle = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(1, "not a STIX 2.1 bundle: the file must be one JSON object"
                        + " {\"type\": \"bundle\", \"objects\": [...]}", UploadProblemCode.NOT_ONE_JSON_OBJECT);
                return null;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("objects") && value == JsonToken.START_ARRAY) {
                    List<Object> objects = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        objectLines.add(p.currentTokenLocation().getLineNr());
                        objects.add(JSON.readValue(p, Object.class));
                    }
                    bundle.put(name, objects);
                } else {
                    bundle.put(name, JSON.readValue(p, Object.class));
                }
            }
            if (p.nextToken() != null) {
                problems.add(p.currentTokenLocation().getLineNr(), "more after the bundle's closing '}':"
                        + " a file holds one bundle", UploadProblemCode.MORE_AFTER_BUNDLE);
                return null;
            }
        } catch (JacksonException e) {
            problems.add(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    (e.getLocation() == null ? "" : "column " + e.getLocation().getColumnNr() + ": ")
                            + "not valid JSON: " + e.getOriginalMessage(), PackFileProblem.JSON_SYNTAX,
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
            return null;
        }
        return bundle;
    }

    /** The line of {@code objects[k]...}, else 1 (the bundle itself). */
    private static int lineOf(String where, List<Integer> objectLines) {
        if (!where.startsWith("objects[")) {
            return 1;
        }
        int close = where.indexOf(']');
        try {
            int index = Integer.parseInt(where, "objects[".length(), close, 10);
            return index < objectLines.size() ? objectLines.get(index) : 1;
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 1;
        }
    }
}
