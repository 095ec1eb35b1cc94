package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.packs.YamlDocuments;
import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An uploaded answer key, read into the key tree of its exercise type and checked by the type
 * against the exercise's spec: YAML in the pack's key format (docs/exercise-types/), or for
 * item-labelling also CSV with the columns {@code item,label,explanation_en} and an explanation
 * column per other content language ({@code explanation_fr}, {@code explanation_de}…). An
 * item-labelling key must label every item of the exercise's dataset exactly once. Every problem
 * is named with its line. Pure: no database, no Spring.
 */
public final class KeyFile {

    /** The pack's limit for YAML files. */
    public static final int MAX_BYTES = 5 << 20;
    static final List<String> CSV_COLUMNS = Stream.concat(Stream.of("item", "label"),
            ContentLanguage.codes().stream().map(language -> "explanation_" + language)).toList();
    static final List<String> CSV_REQUIRED = List.of("item", "label", "explanation_en");

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };
    private static final JsonMapper JSON = Mappers.json();
    private static final Pattern ITEMS_INDEX = Pattern.compile("^items\\[(\\d+)]");
    private static final Pattern KEY_ITEM = Pattern.compile("^key\\.(.+)$");

    private KeyFile() {
    }

    /** The key tree read so far and the line of each of its fields, as the file gave them. */
    private record Read(Map<String, Object> tree, ToIntFunction<String> lineOf, Map<String, Integer> itemLines) {
    }

    /**
     * @param spec    the exercise's spec tree, as its editor holds it
     * @param itemIds the ids of the exercise's dataset items; null when it has no dataset (then an
     *                item-labelling key cannot be checked and is refused)
     * @return the key tree, ready to store with the exercise (a top-level {@code exercise:} is dropped:
     *         the studio names the exercise itself)
     * @throws PackValidationException naming every problem, with its line
     */
    public static Map<String, Object> read(String typeId, String fileName, byte[] bytes, Map<String, Object> spec,
                                           Collection<String> itemIds) {
        String file = fileName == null || fileName.isBlank() ? "key" : fileName.strip();
        ProblemList problems = new ProblemList(file);
        Optional<ExerciseType<?, ?, ?>> type = ExerciseTypes.byId(typeId);
        if (type.isEmpty()) {
            problems.add(0, "the exercise type '" + typeId + "' is unknown (known: "
                    + String.join(", ", ExerciseTypes.ids()) + ")", UploadProblemCode.UNKNOWN_TYPE, typeId);
            throw refused(file, problems);
        }
        Object readSpec = spec(type.get(), spec, problems);
        boolean labelling = type.get().keyLabelsDatasetItems();
        if (labelling && itemIds == null) {
            problems.add(0, "the exercise has no dataset yet: upload its dataset first, an item-labelling key"
                    + " labels every item of it", UploadProblemCode.NO_DATASET_YET);
        }
        Read read = file(file, bytes, labelling, problems);
        if (read == null || !problems.isEmpty()) {
            throw refused(file, problems);
        }
        read.tree().remove("exercise");
        if (labelling) {
            coversDataset(read, itemIds, readSpec == null ? List.of() : List.copyOf(type.get().labelTitles(spec).keySet()),
                    problems);
        }
        if (problems.isEmpty()) {
            try {
                readKey(type.get(), readSpec, read.tree());
            } catch (InvalidSpecException e) {
                e.problems().forEach(p -> problems.add(line(read, p.field()), p.field(), p.reason(), p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(file, problems);
        }
        return read.tree();
    }

    private static Object spec(ExerciseType<?, ?, ?> type, Map<String, Object> spec, ProblemList problems) {
        if (spec == null) {
            problems.add(0, "the exercise has no spec yet: write its spec before uploading its key", UploadProblemCode.NO_SPEC_YET);
            return null;
        }
        try {
            return type.readSpec(spec);
        } catch (InvalidSpecException e) {
            e.problems().forEach(p -> problems.accept(new PackProblem(problems.file(), 0,
                    "the exercise's spec must be fixed before its key is checked: " + p.field() + ": " + p.reason(),
                    "spec." + p.field(), p.message())));
            return null;
        }
    }

    private static Read file(String file, byte[] bytes, boolean labelling, ProblemList problems) {
        String name = file.toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        boolean csv = name.endsWith(".csv");
        if (!yaml && !(csv && labelling)) {
            problems.add(0, labelling ? "not a key file: upload a .yaml key (the pack format) or a .csv with the"
                    + " columns " + String.join(",", CSV_COLUMNS)
                    : "not a key file: upload a .yaml key in the pack format of this exercise type",
                    UploadProblemCode.NOT_A_KEY_FILE, labelling ? "csv" : "yaml");
            return null;
        }
        if (bytes == null || bytes.length == 0) {
            problems.add(0, "the file is empty", UploadProblemCode.EMPTY_FILE);
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(0, "the file has " + bytes.length + " bytes, at most " + MAX_BYTES + " are accepted",
                    UploadProblemCode.TOO_LARGE, bytes.length, MAX_BYTES);
            return null;
        }
        Optional<String> text = Utf8Text.decode(bytes, problems);
        if (text.isEmpty()) {
            return null;
        }
        return yaml ? yaml(text.get(), problems) : csv(text.get(), problems);
    }

    private static Read yaml(String text, ProblemList problems) {
        String body = !text.isEmpty() && text.charAt(0) == Utf8Text.BOM ? text.substring(1) : text;
        YamlDocuments.YamlDocument doc;
        try {
            doc = new YamlDocuments().read(body);
        } catch (JacksonException e) {
            problems.add(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage(), PackProblemCode.YAML_SYNTAX);
            return null;
        } catch (YamlDocuments.AliasNotAllowedException e) {
            problems.add(e.line(), "not valid YAML: " + e.getMessage(), PackProblemCode.YAML_SYNTAX);
            return null;
        }
        JsonNode root = doc.root();
        if (root == null || !root.isObject()) {
            problems.add(1, "must be a YAML mapping (key: value lines), such as items: [...]",
                    PackProblemCode.NOT_A_MAPPING);
            return null;
        }
        Map<String, Object> tree = new LinkedHashMap<>(JSON.convertValue(root, TREE));
        Map<String, Integer> itemLines = new HashMap<>();
        JsonNode items = root.get("items");
        if (items != null && items.isArray()) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i).get("item");
                if (item != null && item.isValueNode()) {
                    itemLines.putIfAbsent(item.asString(), doc.lineOf("items[" + i + "]"));
                }
            }
        }
        return new Read(tree, doc::lineOf, itemLines);
    }

    /** The item-labelling key as CSV, one entry per record. */
    private static Read csv(String text, ProblemList problems) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> itemLines = new HashMap<>();
        boolean ok = CsvFile.read(text, CSV_COLUMNS, CSV_REQUIRED, problems, (row, p) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            putIfPresent(entry, "item", row.cell("item", false));
            putIfPresent(entry, "label", row.cell("label", false));
            Map<String, Object> explanation = new LinkedHashMap<>();
            for (String lang : ContentLanguage.codes()) {
                putIfPresent(explanation, lang, row.cell("explanation_" + lang, true));
            }
            if (!explanation.isEmpty()) {
                entry.put("explanation", explanation);
            }
            items.add(entry);
            lines.add(row.line());
            if (entry.get("item") instanceof String item) {
                itemLines.putIfAbsent(item, row.line());
            }
        });
        if (!ok) {
            return null;
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("items", items);
        ToIntFunction<String> lineOf = field -> {
            Matcher m = ITEMS_INDEX.matcher(field == null ? "" : field);
            if (m.find()) {
                int i = Integer.parseInt(m.group(1));
                return i < lines.size() ? lines.get(i) : 0;
            }
            return 1;
        };
        return new Read(tree, lineOf, itemLines);
    }

    /**
     * Every dataset item exactly once, nothing else, each with one of the spec's labels and an
     * English explanation (as a pack import checks), all reported at once.
     */
    private static void coversDataset(Read read, Collection<String> itemIds, List<String> labels,
                                      ProblemList problems) {
        Set<String> dataset = new LinkedHashSet<>(itemIds);
        if (!(read.tree().get("items") instanceof List<?> items) || items.isEmpty()) {
            problems.add(read.lineOf().applyAsInt("items"), "items",
                    "a non-empty list of {item, label, explanation} is required",
                    ProblemMessage.of(PackProblemCode.LIST_REQUIRED));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "items[" + i + "]";
            int line = read.lineOf().applyAsInt(where);
            if (!(items.get(i) instanceof Map<?, ?> entry)) {
                problems.add(line, where, "must be {item, label, explanation}", ProblemMessage.of(UploadProblemCode.ENTRY_SHAPE));
                continue;
            }
            Object item = entry.get("item");
            if (!(entry.get("explanation") instanceof Map<?, ?> ex) || !(ex.get("en") instanceof String en)
                    || en.isBlank()) {
                problems.add(read.lineOf().applyAsInt(where + ".explanation"), where + ".explanation.en",
                        "the English explanation is required (why this label)",
                        ProblemMessage.of(PackProblemCode.ENGLISH_REQUIRED));
            }
            Object label = entry.get("label");
            if (!(label instanceof String l) || l.isBlank()) {
                problems.add(read.lineOf().applyAsInt(where + ".label"), where + ".label", "required",
                        ProblemMessage.of(PackProblemCode.REQUIRED));
            } else if (!labels.contains(l)) {
                problems.add(read.lineOf().applyAsInt(where + ".label"), where + ".label", "'" + l
                        + "' is not one of the exercise's labels " + labels,
                        ProblemMessage.of(PackProblemCode.KEY_LABEL_UNKNOWN, l, String.join(", ", labels)));
            }
            if (!(item instanceof String id) || id.isBlank()) {
                problems.add(line, where + ".item", "required", ProblemMessage.of(PackProblemCode.REQUIRED));
            } else if (!dataset.contains(id)) {
                problems.add(line, where + ".item", "'" + id + "' is not an item of the exercise's dataset",
                        ProblemMessage.of(PackProblemCode.KEY_ITEM_NOT_IN_DATASET, id));
            } else if (!seen.add(id)) {
                problems.add(line, where + ".item", "'" + id + "' has two key entries",
                        ProblemMessage.of(PackProblemCode.KEY_ITEM_TWICE, id));
            }
        }
        dataset.stream().filter(id -> !seen.contains(id))
                .forEach(id -> problems.add(0, "items", "dataset item '" + id + "' has no key entry",
                        ProblemMessage.of(PackProblemCode.KEY_ITEM_MISSING, id)));
    }

    private static int line(Read read, String field) {
        Matcher key = KEY_ITEM.matcher(field == null ? "" : field);
        if (key.find() && read.itemLines().containsKey(key.group(1))) {
            return read.itemLines().get(key.group(1));
        }
        return read.lineOf().applyAsInt(field);
    }

    @SuppressWarnings("unchecked")
    private static <S> void readKey(ExerciseType<S, ?, ?> type, Object spec, Map<String, Object> tree) {
        type.readKey((S) spec, tree);
    }

    private static void putIfPresent(Map<String, Object> map, String field, String value) {
        if (value != null) {
            map.put(field, value);
        }
    }

    private static PackValidationException refused(String file, ProblemList problems) {
        return new PackValidationException(file, problems.list());
    }
}
