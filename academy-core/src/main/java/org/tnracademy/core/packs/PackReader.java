package org.tnracademy.core.packs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.labelling.LabellingSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a content pack and checks all of it before anything is imported: every problem is
 * collected with its file (and line where the parser knows it), so an author fixes them in one go.
 * Pure: no database, no Spring.
 */
public final class PackReader {

    static final String ITEM_LABELLING = "item-labelling";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");
    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final int MAX_ATTEMPTS_LIMIT = 100;

    private static final Pattern LEADING_PATH = Pattern.compile("^([A-Za-z0-9_.\\[\\]-]+): ");

    private final YamlDocuments yaml = new YamlDocuments();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The pack, validated; or a {@link PackValidationException} listing every problem. */
    public CoursePack read(PackSource source) {
        Reading r = new Reading(source);
        CoursePack pack = r.course();
        if (!r.problems.isEmpty()) {
            throw new PackValidationException(source.name(), r.problems);
        }
        return pack;
    }

    /** One pass over one pack: holds the problems found and the running content hash. */
    private final class Reading {
        private final PackSource source;
        private final List<PackProblem> problems = new ArrayList<>();
        private final MessageDigest packDigest = sha256();
        private final Set<String> itemIds = new HashSet<>();
        private final Set<String> moduleIds = new HashSet<>();
        /** Parsed YAML files, to find the line a problem's field stands on. */
        private final Map<String, YamlDocuments.YamlDocument> documents = new HashMap<>();

        Reading(PackSource source) {
            this.source = source;
        }

        CoursePack course() {
            String file = "course.yaml";
            Optional<JsonNode> root = yamlFile(file, packDigest);
            if (root.isEmpty()) {
                return null;
            }
            JsonNode c = root.get();
            unknownFields(c, file, null, "id", "version", "level", "title", "summary", "modules");
            String id = id(c, "id", file);
            int version = positiveInt(c, "version", file, 1, Integer.MAX_VALUE, null);
            String level = text(c, "level", file);
            if (level != null && !LEVELS.contains(level)) {
                problem(file, "level: must be one of " + LEVELS + ", was '" + level + "'");
            }
            LocalizedText title = localized(c, "title", file);
            LocalizedText summary = localized(c, "summary", file);
            List<CoursePack.Module> modules = new ArrayList<>();
            JsonNode ms = c.get("modules");
            if (ms == null || !ms.isArray() || ms.isEmpty()) {
                problem(file, "modules: a non-empty list of modules is required");
            } else {
                for (int i = 0; i < ms.size(); i++) {
                    modules.add(module(ms.get(i), file, "modules[" + i + "]"));
                }
            }
            String hash = HexFormat.of().formatHex(packDigest.digest());
            return new CoursePack(id, version, level, title, summary, modules, hash);
        }

        private CoursePack.Module module(JsonNode m, String file, String where) {
            unknownFields(m, file, where, "id", "title", "items");
            String id = id(m, "id", file, where);
            if (id != null && !moduleIds.add(id)) {
                problem(file, where + ".id: module id '" + id + "' is used twice in this pack");
            }
            LocalizedText title = localized(m, "title", file, where);
            List<CoursePack.Item> items = new ArrayList<>();
            JsonNode is = m.get("items");
            if (is == null || !is.isArray() || is.isEmpty()) {
                problem(file, where + ".items: a non-empty list of lessons and exercises is required");
            } else {
                for (int i = 0; i < is.size(); i++) {
                    String itemWhere = where + ".items[" + i + "]";
                    JsonNode item = is.get(i);
                    boolean lesson = item.has("lesson");
                    boolean exercise = item.has("exercise");
                    if (lesson == exercise) {
                        problem(file, itemWhere + ": give exactly one of 'lesson: <id>' or 'exercise: <id>'");
                        continue;
                    }
                    String itemId = id(item, lesson ? "lesson" : "exercise", file, itemWhere);
                    if (itemId == null) {
                        continue;
                    }
                    if (!itemIds.add(itemId)) {
                        problem(file, itemWhere + ": id '" + itemId + "' is used twice in this pack");
                        continue;
                    }
                    Optional<CoursePack.Item> read = lesson ? lesson(itemId) : exercise(itemId);
                    read.ifPresent(items::add);
                }
            }
            return new CoursePack.Module(id, title, items);
        }

        private Optional<CoursePack.Item> lesson(String id) {
            Map<String, String> bodies = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> notes = new LinkedHashMap<>();
            int minutes = 0;
            for (String lang : LANGUAGES) {
                String file = "lessons/" + id + "." + lang + ".md";
                Optional<String> text = source.read(file);
                if (text.isEmpty()) {
                    if (lang.equals("en")) {
                        problem(file, "lesson file is missing (English is required)");
                    }
                    continue;
                }
                packDigest.update(text.get().getBytes(StandardCharsets.UTF_8));
                Optional<FrontMatter> fm = FrontMatter.split(text.get());
                if (fm.isEmpty()) {
                    problem(file, 1, "must start with front matter between '---' lines (title, minutes)");
                    continue;
                }
                JsonNode meta;
                try {
                    YamlDocuments.YamlDocument doc = yaml.read(fm.get().yaml());
                    // the front matter starts on line 2 of the file
                    documents.put(file, new YamlDocuments.YamlDocument(doc.root(), shifted(doc.lines(), 1)));
                    meta = doc.root();
                } catch (JacksonException e) {
                    problem(file, line(e) + 1, "front matter is not valid YAML: " + e.getOriginalMessage());
                    continue;
                } catch (YamlDocuments.AliasNotAllowedException e) {
                    problem(file, e.line + 1, "front matter is not valid YAML: " + e.getMessage());
                    continue;
                }
                unknownFields(meta, file, null, "title", "minutes", "contentNote");
                String title = text(meta, "title", file);
                if (title != null) {
                    titles.put(lang, title);
                }
                minutes = Math.max(minutes, positiveInt(meta, "minutes", file, 1, 600, null));
                JsonNode note = meta.get("contentNote");
                if (note != null && note.isString() && !note.stringValue().isBlank()) {
                    notes.put(lang, note.stringValue());
                }
                if (fm.get().body().isBlank()) {
                    problem(file, fm.get().bodyLine(), "lesson text is empty");
                }
                bodies.put(lang, fm.get().body());
            }
            if (!bodies.containsKey("en") || !titles.containsKey("en")) {
                return Optional.empty();
            }
            return Optional.of(new CoursePack.Lesson(id, minutes, new LocalizedText(titles), new LocalizedText(bodies),
                    notes.isEmpty() ? null : new LocalizedText(notes)));
        }

        private Optional<CoursePack.Item> exercise(String id) {
            String file = "exercises/" + id + ".yaml";
            MessageDigest exerciseDigest = sha256();
            Optional<JsonNode> root = yamlFile(file, packDigest, exerciseDigest);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            JsonNode e = root.get();
            unknownFields(e, file, null, "id", "type", "version", "title", "instructions", "dataset", "key", "policy",
                    "spec");
            int before = problems.size();
            String declared = text(e, "id", file);
            if (declared != null && !declared.equals(id)) {
                problem(file, "id: is '" + declared + "' but course.yaml refers to '" + id + "'");
            }
            String type = text(e, "type", file);
            if (type != null && !type.equals(ITEM_LABELLING)) {
                problem(file, "type: '" + type + "' is not a known exercise type (known: " + ITEM_LABELLING + ")");
            }
            int version = positiveInt(e, "version", file, 1, Integer.MAX_VALUE, null);
            LocalizedText title = localized(e, "title", file);
            LocalizedText instructions = localized(e, "instructions", file);
            JsonNode policy = e.get("policy");
            if (policy != null && !policy.isObject()) {
                problem(file, "policy: must be a mapping such as 'maxAttempts: 3'");
            } else if (policy != null) {
                unknownFields(policy, file, "policy", "maxAttempts");
            }
            int maxAttempts = policy == null || !policy.isObject() ? 3
                    : positiveInt(policy, "maxAttempts", file, 1, MAX_ATTEMPTS_LIMIT, 3, "policy.");
            List<CoursePack.Label> labels = labels(e.get("spec"), file);
            String datasetPath = text(e, "dataset", file);
            if (datasetPath != null && datasetPath.length() > 200) {
                problem(file, "dataset: a path of at most 200 characters is required");
                datasetPath = null;
            }
            String keyPath = text(e, "key", file);
            CoursePack.Dataset dataset = datasetPath == null ? null : dataset(datasetPath, exerciseDigest);
            List<CoursePack.KeyItem> key = keyPath == null || dataset == null ? List.of()
                    : key(keyPath, id, labels, dataset, exerciseDigest);
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new CoursePack.Exercise(id, type, version, title, instructions, labels, maxAttempts,
                    dataset, key, HexFormat.of().formatHex(exerciseDigest.digest())));
        }

        private List<CoursePack.Label> labels(JsonNode spec, String file) {
            JsonNode ls = spec == null ? null : spec.get("labels");
            if (ls == null || !ls.isArray() || ls.isEmpty()) {
                problem(file, "spec.labels: a non-empty list of labels (id, title) is required");
                return List.of();
            }
            List<CoursePack.Label> labels = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
                String where = "spec.labels[" + i + "]";
                String id = text(ls.get(i), "id", file, where);
                LocalizedText title = localized(ls.get(i), "title", file, where);
                if (id != null && title != null) {
                    labels.add(new CoursePack.Label(id, title));
                }
            }
            try {
                LabellingSpec.of(labels.stream().map(CoursePack.Label::id).toList());
            } catch (InvalidSpecException ex) {
                ex.problems().forEach(p -> problem(file, "spec." + p.field() + ": " + p.reason()));
            }
            return labels;
        }

        private CoursePack.Dataset dataset(String path, MessageDigest exerciseDigest) {
            Optional<String> text = source.read(path);
            if (text.isEmpty()) {
                problem(path, "dataset file is missing or its path is not allowed");
                return null;
            }
            byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
            packDigest.update(bytes);
            exerciseDigest.update(bytes);
            List<CoursePack.Post> posts = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            String[] lines = text.get().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                int lineNr = i + 1;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JacksonException e) {
                    problem(path, lineNr, "not a JSON object: " + e.getOriginalMessage());
                    continue;
                }
                if (!node.isObject()) {
                    problem(path, lineNr, "each line must be one JSON object");
                    continue;
                }
                String id = stringField(node, "id");
                String body = stringField(node, "text");
                if (id == null || !ID.matcher(id).matches()) {
                    problem(path, lineNr, "id: required, lower-case letters, digits and '-' (was " + id + ")");
                    continue;
                }
                if (!ids.add(id)) {
                    problem(path, lineNr, "id: '" + id + "' appears twice");
                }
                if (body == null || body.isBlank()) {
                    problem(path, lineNr, "text: required");
                    continue;
                }
                Instant postedAt = null;
                String at = stringField(node, "postedAt");
                if (at != null) {
                    try {
                        postedAt = Instant.parse(at);
                    } catch (DateTimeParseException e) {
                        problem(path, lineNr, "postedAt: not an ISO-8601 instant such as 2025-03-04T10:15:00Z: " + at);
                    }
                }
                JsonNode synthetic = node.get("synthetic");
                if (synthetic == null || !synthetic.isBoolean() || !synthetic.booleanValue()) {
                    problem(path, lineNr, "synthetic: must be true (only synthetic data may enter the academy)");
                }
                tooLong(path, lineNr, node, "platform", 100);
                tooLong(path, lineNr, node, "author", 200);
                tooLong(path, lineNr, node, "lang", 10);
                posts.add(new CoursePack.Post(id, stringField(node, "platform"), stringField(node, "author"),
                        stringField(node, "lang"), postedAt, body));
            }
            if (posts.isEmpty()) {
                problem(path, "dataset has no items");
            }
            return new CoursePack.Dataset(path, posts, HexFormat.of().formatHex(sha256().digest(bytes)));
        }

        private List<CoursePack.KeyItem> key(String path, String exerciseId, List<CoursePack.Label> labels,
                                             CoursePack.Dataset dataset, MessageDigest exerciseDigest) {
            Optional<JsonNode> root = yamlFile(path, packDigest, exerciseDigest);
            if (root.isEmpty()) {
                return List.of();
            }
            JsonNode k = root.get();
            unknownFields(k, path, null, "exercise", "items");
            String declared = text(k, "exercise", path);
            if (declared != null && !declared.equals(exerciseId)) {
                problem(path, "exercise: is '" + declared + "' but this key is used by '" + exerciseId + "'");
            }
            Set<String> labelIds = new HashSet<>();
            labels.forEach(l -> labelIds.add(l.id()));
            Set<String> datasetIds = new HashSet<>();
            dataset.posts().forEach(p -> datasetIds.add(p.id()));
            JsonNode items = k.get("items");
            if (items == null || !items.isArray() || items.isEmpty()) {
                problem(path, "items: a non-empty list of {item, label, explanation} is required");
                return List.of();
            }
            List<CoursePack.KeyItem> key = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String where = "items[" + i + "]";
                JsonNode entry = items.get(i);
                String item = text(entry, "item", path, where);
                String label = text(entry, "label", path, where);
                LocalizedText explanation = localized(entry, "explanation", path, where);
                if (item == null || label == null || explanation == null) {
                    continue;
                }
                if (!datasetIds.contains(item)) {
                    problem(path, where + ".item: '" + item + "' is not in dataset " + dataset.name());
                } else if (!seen.add(item)) {
                    problem(path, where + ".item: '" + item + "' has two key entries");
                }
                if (!labelIds.contains(label)) {
                    problem(path, where + ".label: '" + label + "' is not one of the exercise's labels " + labelIds);
                }
                key.add(new CoursePack.KeyItem(item, label, explanation));
            }
            datasetIds.stream().filter(id -> !seen.contains(id)).sorted()
                    .forEach(id -> problem(path, "items: dataset item '" + id + "' has no key entry"));
            return key;
        }

        // ---- small readers that record a problem and return null instead of failing at once ----

        private Optional<JsonNode> yamlFile(String file, MessageDigest... digests) {
            Optional<String> text = source.read(file);
            if (text.isEmpty()) {
                problem(file, "file is missing or its path is not allowed");
                return Optional.empty();
            }
            for (MessageDigest d : digests) {
                d.update(file.getBytes(StandardCharsets.UTF_8));
                d.update(text.get().getBytes(StandardCharsets.UTF_8));
            }
            try {
                YamlDocuments.YamlDocument doc = yaml.read(text.get());
                JsonNode node = doc.root();
                if (node == null || !node.isObject()) {
                    problem(file, "must be a YAML mapping (key: value lines)");
                    return Optional.empty();
                }
                documents.put(file, doc);
                return Optional.of(node);
            } catch (JacksonException e) {
                problem(file, line(e), "not valid YAML: " + e.getOriginalMessage());
                return Optional.empty();
            } catch (YamlDocuments.AliasNotAllowedException e) {
                problem(file, e.line, "not valid YAML: " + e.getMessage());
                return Optional.empty();
            }
        }

        private String id(JsonNode node, String field, String file) {
            return id(node, field, file, null);
        }

        private String id(JsonNode node, String field, String file, String where) {
            String id = text(node, field, file, where);
            if (id != null && !ID.matcher(id).matches()) {
                problem(file, path(where, field) + ": '" + id + "' is not an id (lower-case letters, digits, '-')");
                return null;
            }
            return id;
        }

        private String text(JsonNode node, String field, String file) {
            return text(node, field, file, null);
        }

        private String text(JsonNode node, String field, String file, String where) {
            JsonNode v = node == null ? null : node.get(field);
            if (v == null || v.isNull() || !v.isValueNode() || v.asString().isBlank()) {
                problem(file, path(where, field) + ": required");
                return null;
            }
            return v.asString();
        }

        private int positiveInt(JsonNode node, String field, String file, int min, int max, Integer fallback) {
            return positiveInt(node, field, file, min, max, fallback, "");
        }

        private int positiveInt(JsonNode node, String field, String file, int min, int max, Integer fallback,
                                String prefix) {
            JsonNode v = node.get(field);
            if (v == null && fallback != null) {
                return fallback;
            }
            if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < min || v.intValue() > max) {
                problem(file, prefix + field + ": a whole number from " + min + " to " + max + " is required");
                return min;
            }
            return v.intValue();
        }

        private LocalizedText localized(JsonNode node, String field, String file) {
            return localized(node, field, file, null);
        }

        private LocalizedText localized(JsonNode node, String field, String file, String where) {
            JsonNode v = node == null ? null : node.get(field);
            if (v == null || !v.isObject()) {
                problem(file, path(where, field) + ": required, with a text per language ({en: ..., fr: ...})");
                return null;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (e.getValue().isString() && !e.getValue().stringValue().isBlank()) {
                    texts.put(e.getKey(), e.getValue().stringValue());
                } else {
                    problem(file, path(where, field) + "." + e.getKey() + ": must be a non-empty text");
                }
            }
            if (!texts.containsKey("en")) {
                problem(file, path(where, field) + ".en: the English text is required");
                return null;
            }
            return new LocalizedText(texts);
        }

        /** A problem whose reason starts with the field path ("modules[0].title: ...") gets that field's line. */
        /** Fields nobody reads are refused: a misspelt optional field would otherwise fall back silently. */
        private void unknownFields(JsonNode node, String file, String where, String... known) {
            if (node == null || !node.isObject()) {
                return;
            }
            Set<String> allowed = Set.of(known);
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    problem(file, path(where, name) + ": unknown field (known: " + String.join(", ", known) + ")");
                }
            }
        }

        private void tooLong(String file, int line, JsonNode node, String field, int max) {
            String value = stringField(node, field);
            if (value != null && value.length() > max) {
                problem(file, line, field + ": at most " + max + " characters (" + value.length() + " given)");
            }
        }

        private void problem(String file, String reason) {
            YamlDocuments.YamlDocument doc = documents.get(file);
            Matcher path = LEADING_PATH.matcher(reason);
            int line = doc == null ? 0 : doc.lineOf(path.find() ? path.group(1) : "");
            problems.add(new PackProblem(file, line, reason));
        }

        private void problem(String file, int line, String reason) {
            problems.add(new PackProblem(file, Math.max(0, line), reason));
        }
    }

    private static Map<String, Integer> shifted(Map<String, Integer> lines, int by) {
        Map<String, Integer> shifted = new HashMap<>();
        lines.forEach((k, v) -> shifted.put(k, v + by));
        return shifted;
    }

    private static String stringField(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static String path(String where, String field) {
        return where == null ? field : where + "." + field;
    }

    private static int line(JacksonException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
