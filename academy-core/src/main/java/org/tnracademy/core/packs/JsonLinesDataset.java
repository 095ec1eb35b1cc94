package org.tnracademy.core.packs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.core.support.Mappers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dataset in the pack format: JSON Lines, one item per line, each with
 * {@code "synthetic": true}. Every problem is reported with its line; blank lines are skipped but
 * counted. Pure: used by the pack reader and by dataset uploads.
 */
public final class JsonLinesDataset {

    private static final JsonMapper JSON = Mappers.json();

    private JsonLinesDataset() {
    }

    /** The usable items of the file; every problem goes to {@code problems}, none is thrown. */
    public static List<CoursePack.Post> read(String file, String text, Consumer<PackProblem> problems) {
        List<CoursePack.Post> posts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNr = i + 1;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                problems.accept(new PackProblem(file, lineNr, "not a JSON object: " + e.getOriginalMessage(), null,
                        ProblemMessage.of(PackFileProblem.JSON_SYNTAX,
                                e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr()))));
                continue;
            }
            if (!node.isObject()) {
                problems.accept(new PackProblem(file, lineNr, "each line must be one JSON object", null,
                        ProblemMessage.of(PackFileProblem.JSON_LINE_NOT_OBJECT)));
                continue;
            }
            DatasetItemRules.Problems atLine = (field, english, message) -> problems.accept(
                    new PackProblem(file, lineNr, field + ": " + english, field, message));
            CoursePack.Post post = DatasetItemRules.post(new DatasetItemRules.Fields(stringField(node, "id"),
                            stringField(node, "platform"), stringField(node, "author"), stringField(node, "lang"),
                            stringField(node, "postedAt"), stringField(node, "text")),
                    ids, UnaryOperator.identity(), atLine);
            if (post == null) {
                continue;
            }
            JsonNode synthetic = node.get("synthetic");
            if (synthetic == null || !synthetic.isBoolean() || !synthetic.booleanValue()) {
                atLine.add("synthetic", "must be true (only synthetic data may enter the academy)",
                        ProblemMessage.of(PackProblemCode.NOT_SYNTHETIC));
            }
            posts.add(post);
        }
        return posts;
    }

    private static String stringField(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
