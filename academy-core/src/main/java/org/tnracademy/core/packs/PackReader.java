package org.tnracademy.core.packs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidenceItems;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.VariantDraw;
import org.tnracademy.exercises.variant.VariantTrees;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.ProblemCode;
import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.exercises.curriculum.CourseLevel;
import org.tnracademy.exercises.curriculum.RepressionForm;
import org.tnracademy.exercises.labelling.LabellingSpec;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a content pack and checks all of it before anything is imported: every problem is
 * collected with its file (and line where the parser knows it), so an author fixes them in one go.
 * Pure: no database, no Spring.
 */
public final class PackReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final YamlDocuments yaml = new YamlDocuments();
    private final PackFileValidator files = new PackFileValidator();
    private final JsonMapper json = Mappers.json();

    /**
     * The pack, validated; or a {@link PackValidationException} listing every problem: those of the
     * files {@code course.yaml} leads to, then those of every file of the pack ({@link PackFileValidator}).
     */
    public CoursePack read(PackSource source) {
        Reading r = new Reading(source);
        CoursePack pack = r.course();
        r.problems.addAll(files.check(source));
        if (!r.problems.isEmpty()) {
            throw new PackValidationException(source.name(), r.problems);
        }
        return PackImages.withImagesOf(pack, source);
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
        private Set<String> pictureFiles;

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
            unknownFields(c, file, null, "id", "version", "level", "title", "summary", "pass_mark", "modules");
            String id = id(c, "id", file);
            int version = positiveInt(c, "version", file, 1, Integer.MAX_VALUE, null);
            String level = text(c, "level", file);
            if (level != null && CourseLevel.byId(level).isEmpty()) {
                problem(file, "level", "must be one of " + CourseLevel.ids() + ", was '" + level + "'", PackProblemCode.NOT_ONE_OF, level,
                        String.join(", ", CourseLevel.ids()));
            }
            LocalizedText title = localized(c, "title", file);
            LocalizedText summary = localized(c, "summary", file);
            Integer passMark = c.has("pass_mark") ? positiveInt(c, "pass_mark", file, 0, 100, null) : null;
            List<CoursePack.Module> modules = new ArrayList<>();
            JsonNode ms = c.get("modules");
            if (ms == null || !ms.isArray() || ms.isEmpty()) {
                problem(file, "modules", "a non-empty list of modules is required", PackProblemCode.LIST_REQUIRED);
            } else {
                for (int i = 0; i < ms.size(); i++) {
                    modules.add(module(ms.get(i), file, "modules[" + i + "]"));
                }
            }
            String hash = HexFormat.of().formatHex(packDigest.digest());
            return new CoursePack(id, version, level, title, summary, modules, hash, List.of(), passMark);
        }

        private CoursePack.Module module(JsonNode m, String file, String where) {
            unknownFields(m, file, where, "id", "title", "items");
            String id = id(m, "id", file, where);
            if (id != null && !moduleIds.add(id)) {
                problem(file, where + ".id", "module id '" + id + "' is used twice in this pack", PackProblemCode.ID_TWICE, id);
            }
            LocalizedText title = localized(m, "title", file, where);
            List<CoursePack.Item> items = new ArrayList<>();
            JsonNode is = m.get("items");
            if (is == null || !is.isArray() || is.isEmpty()) {
                problem(file, where + ".items", "a non-empty list of lessons and exercises is required", PackProblemCode.LIST_REQUIRED);
            } else {
                for (int i = 0; i < is.size(); i++) {
                    String itemWhere = where + ".items[" + i + "]";
                    JsonNode item = is.get(i);
                    boolean lesson = item.has("lesson");
                    boolean exercise = item.has("exercise");
                    if (lesson == exercise) {
                        problem(file, itemWhere, "give exactly one of 'lesson: <id>' or 'exercise: <id>'", PackProblemCode.ITEM_KIND);
                        continue;
                    }
                    String itemId = id(item, lesson ? "lesson" : "exercise", file, itemWhere);
                    if (itemId == null) {
                        continue;
                    }
                    if (!itemIds.add(itemId)) {
                        problem(file, itemWhere, "id '" + itemId + "' is used twice in this pack", PackProblemCode.ID_TWICE, itemId);
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
            for (String lang : ContentLanguage.codes()) {
                String file = "lessons/" + id + "." + lang + ".md";
                Optional<String> text = source.read(file);
                if (text.isEmpty()) {
                    if (lang.equals("en")) {
                        problem(file, null, "lesson file is missing (English is required)", PackProblemCode.LESSON_MISSING);
                    }
                    continue;
                }
                packDigest.update(text.get().getBytes(StandardCharsets.UTF_8));
                Optional<FrontMatter> fm = FrontMatter.split(text.get());
                if (fm.isEmpty()) {
                    problemAt(file, 1, "must start with front matter between '---' lines (title, minutes)",
                            PackProblemCode.FRONT_MATTER_MISSING);
                    continue;
                }
                JsonNode meta;
                try {
                    YamlDocuments.YamlDocument doc = yaml.read(fm.get().yaml());
                    // the front matter starts on line 2 of the file
                    documents.put(file, new YamlDocuments.YamlDocument(doc.root(), shifted(doc.lines(), 1)));
                    meta = doc.root();
                } catch (JacksonException e) {
                    problemAt(file, line(e) + 1, "front matter is not valid YAML: " + e.getOriginalMessage(),
                            PackProblemCode.FRONT_MATTER_YAML);
                    continue;
                } catch (YamlDocuments.AliasNotAllowedException e) {
                    problemAt(file, e.line + 1, "front matter is not valid YAML: " + e.getMessage(), PackProblemCode.FRONT_MATTER_YAML);
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
                    problemAt(file, fm.get().bodyLine(), "lesson text is empty", PackProblemCode.LESSON_EMPTY);
                }
                bodies.put(lang, fm.get().body());
            }
            if (!bodies.containsKey("en") || !titles.containsKey("en")) {
                return Optional.empty();
            }
            return Optional.of(new CoursePack.Lesson(id, minutes, new LocalizedText(titles), new LocalizedText(bodies),
                    notes.isEmpty() ? null : new LocalizedText(notes)));
        }

        /** The files a spec may show as pictures: the pack's own, and those the academy stores for it. */
        private Set<String> pictureFiles() {
            if (pictureFiles == null) {
                pictureFiles = new HashSet<>(source.files());
                pictureFiles.addAll(source.storedPictures());
            }
            return pictureFiles;
        }

        private Optional<CoursePack.Item> exercise(String id) {
            String file = "exercises/" + id + ".yaml";
            MessageDigest exerciseDigest = sha256();
            Optional<JsonNode> root = yamlFile(file, packDigest, exerciseDigest);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            JsonNode e = root.get();
            unknownFields(e, file, null, "id", "type", "version", "title", "instructions", "level", "forms",
                    "dataset", "key", "policy", "spec");
            int before = problems.size();
            String declared = text(e, "id", file);
            if (declared != null && !declared.equals(id)) {
                problem(file, "id", "is '" + declared + "' but course.yaml refers to '" + id + "'", PackProblemCode.ID_MISMATCH,
                        declared, id);
            }
            String typeId = text(e, "type", file);
            ExerciseType<?, ?, ?> type = typeId == null ? null : ExerciseTypes.byId(typeId).orElse(null);
            if (typeId != null && type == null) {
                problem(file, "type", "'" + typeId + "' is not a known exercise type (known: "
                        + String.join(", ", ExerciseTypes.ids()) + ")", PackProblemCode.TYPE_UNKNOWN, typeId,
                        String.join(", ", ExerciseTypes.ids()));
            }
            int version = positiveInt(e, "version", file, 1, Integer.MAX_VALUE, null);
            LocalizedText title = localized(e, "title", file);
            LocalizedText instructions = localized(e, "instructions", file);
            String level = optionalText(e, "level", file);
            if (level != null && CourseLevel.byId(level).isEmpty()) {
                problem(file, "level", "must be one of " + CourseLevel.ids() + ", was '" + level + "'", PackProblemCode.NOT_ONE_OF, level,
                        String.join(", ", CourseLevel.ids()));
            }
            List<String> forms = forms(e.get("forms"), file);
            AttemptPolicy policy = policy(e.get("policy"), file);
            policy = policy.withVariants(variants(e.get("policy"), file, id));
            String datasetPath = optionalText(e, "dataset", file);
            if (datasetPath != null && datasetPath.length() > 200) {
                problem(file, "dataset", "a path of at most 200 characters is required", PackProblemCode.REQUIRED);
                datasetPath = null;
            }
            boolean labelling = type != null && type.keyLabelsDatasetItems();
            if (labelling && datasetPath == null && e.get("dataset") == null) {
                problem(file, "dataset", "required for " + typeId + " (the items its key labels)", PackProblemCode.DATASET_REQUIRED);
            }
            String keyPath = optionalText(e, "key", file);
            boolean keyNeeded = type == null || !type.gradedByInstructor();
            if (keyPath == null && keyNeeded && e.get("key") == null) {
                problem(file, "key", "required (the path of the answer key, such as keys/" + id + ".key.yaml)", PackProblemCode.KEY_REQUIRED,
                        "keys/" + id + ".key.yaml");
            }
            Map<String, Object> specTree = tree(e.get("spec"), file, "spec");
            Object spec = type == null || specTree == null ? null : spec(type, specTree, file);
            ExercisePictures.checked(type, spec, pictureFiles()).forEach(p -> problem(file, p.field(), p.reason(), p.message()));
            if (policy.confidence().ask() == ConfidenceAsk.PER_ITEM && type != null && spec != null
                    && ConfidenceItems.ofSpec(type, spec).isEmpty()) {
                problem(file, "policy.confidence.ask", typeId + " takes a confidence per answer only (per-answer)",
                        PackProblemCode.CONFIDENCE_PER_ANSWER_ONLY);
            }
            if (labelling && specTree != null) {
                labelTitles(e.get("spec"), file);
            }
            CoursePack.Dataset dataset = datasetPath == null ? null : dataset(datasetPath, exerciseDigest);
            Map<String, Object> keyTree = keyPath == null ? Map.of()
                    : keyTree(keyPath, id, type, spec, labelling ? dataset : null,
                    spec == null ? List.of() : List.copyOf(type.labelTitles(specTree).keySet()), exerciseDigest);
            if (policy.variants().on() && type != null && problems.size() == before) {
                variantsFit(policy.variants(), type, specTree, keyTree, dataset, file);
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new CoursePack.Exercise(id, typeId, version, title, instructions, level, forms,
                    specTree, keyTree, policy, dataset, HexFormat.of().formatHex(exerciseDigest.digest())));
        }

        private List<String> forms(JsonNode node, String file) {
            if (node == null) {
                return List.of();
            }
            if (!node.isArray()) {
                problem(file, "forms", "a list of forms of TNR such as [doxing, harassment] is required (known: "
                        + String.join(", ", RepressionForm.ids()) + ")", PackProblemCode.FORMS_REQUIRED,
                        String.join(", ", RepressionForm.ids()));
                return List.of();
            }
            List<String> forms = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode f = node.get(i);
                String where = "forms[" + i + "]";
                if (!f.isString() || RepressionForm.byId(f.stringValue()).isEmpty()) {
                    problem(file, where, "'" + f.asString() + "' is not a known form of TNR (known: "
                            + String.join(", ", RepressionForm.ids()) + ")", PackProblemCode.FORM_UNKNOWN, f.asString(),
                            String.join(", ", RepressionForm.ids()));
                } else if (forms.contains(f.stringValue())) {
                    problem(file, where, "'" + f.stringValue() + "' is listed twice", PackProblemCode.FORM_TWICE,
                            f.stringValue());
                } else {
                    forms.add(f.stringValue());
                }
            }
            return forms;
        }

        private AttemptPolicy policy(JsonNode policy, String file) {
            if (policy == null) {
                return AttemptPolicy.defaults();
            }
            if (!policy.isObject()) {
                problem(file, "policy", "must be a mapping such as 'maxAttempts: 3'", PackProblemCode.MAPPING_REQUIRED);
                return AttemptPolicy.defaults();
            }
            unknownFields(policy, file, "policy", "maxAttempts", "timeLimitMinutes", "scoring", "hints", "confidence",
                    "variants");
            int maxAttempts = positiveInt(policy, "maxAttempts", file, 1, AttemptPolicy.MAX_ATTEMPTS_LIMIT,
                    AttemptPolicy.DEFAULT_MAX_ATTEMPTS, "policy.");
            Integer timeLimit = policy.has("timeLimitMinutes")
                    ? positiveInt(policy, "timeLimitMinutes", file, 1, AttemptPolicy.MAX_TIME_LIMIT_MINUTES, null,
                            "policy.")
                    : null;
            ScoringPolicy scoring = ScoringPolicy.BEST;
            JsonNode s = policy.get("scoring");
            if (s != null) {
                scoring = s.isString() ? ScoringPolicy.byId(s.stringValue()).orElse(null) : null;
                if (scoring == null) {
                    problem(file, "policy.scoring", "must be one of " + ScoringPolicy.ids() + ", was '" + s.asString()
                            + "'", PackProblemCode.NOT_ONE_OF, s.asString(), String.join(", ", ScoringPolicy.ids()));
                    scoring = ScoringPolicy.BEST;
                }
            }
            List<AttemptPolicy.Hint> hints = new ArrayList<>();
            JsonNode hs = policy.get("hints");
            if (hs != null && (!hs.isArray() || hs.size() > AttemptPolicy.MAX_HINTS)) {
                problem(file, "policy.hints", "a list of at most " + AttemptPolicy.MAX_HINTS
                        + " hints {text, cost} is required", PackProblemCode.HINTS_LIST, AttemptPolicy.MAX_HINTS);
            } else if (hs != null) {
                for (int i = 0; i < hs.size(); i++) {
                    String where = "policy.hints[" + i + "]";
                    JsonNode h = hs.get(i);
                    unknownFields(h, file, where, "text", "cost");
                    LocalizedText text = localized(h, "text", file, where);
                    JsonNode cost = h.get("cost");
                    if (cost == null || !cost.isNumber() || !(cost.doubleValue() > 0)
                            || cost.doubleValue() > AttemptPolicy.MAX_HINT_COST) {
                        problem(file, where + ".cost", "a share of the score above 0 and at most "
                                + AttemptPolicy.MAX_HINT_COST + " is required (such as 0.1)", PackProblemCode.HINT_COST,
                                AttemptPolicy.MAX_HINT_COST);
                    } else if (text != null) {
                        hints.add(new AttemptPolicy.Hint(text, cost.doubleValue()));
                    }
                }
            }
            return new AttemptPolicy(maxAttempts, timeLimit, scoring, hints, confidence(policy.get("confidence"), file));
        }

        /**
         * {@code policy.variants}: {items: 1..500, stratifyBy?: a stratum of the type, seed?: a whole
         * number}; the seed defaults to one fixed by the exercise's id (VariantPolicy.defaultSeed).
         */
        private VariantPolicy variants(JsonNode policy, String file, String exerciseId) {
            JsonNode v = policy == null || !policy.isObject() ? null : policy.get("variants");
            if (v == null) {
                return VariantPolicy.OFF;
            }
            if (!v.isObject()) {
                problem(file, "policy.variants", "must be a mapping such as '{items: 20, stratifyBy: label}'",
                        PackProblemCode.VARIANTS_MAPPING);
                return VariantPolicy.OFF;
            }
            unknownFields(v, file, "policy.variants", "items", "stratifyBy", "seed");
            int items = positiveInt(v, "items", file, 1, VariantPolicy.MAX_ITEMS, null, "policy.variants.");
            JsonNode by = v.get("stratifyBy");
            String stratifyBy = null;
            if (by != null && (!by.isString() || by.stringValue().isBlank())) {
                problem(file, "policy.variants.stratifyBy", "the name of a stratum such as 'label' is required, was "
                        + by.asString(), PackProblemCode.STRATUM_REQUIRED, by.asString());
            } else if (by != null) {
                stratifyBy = by.stringValue();
            }
            JsonNode s = v.get("seed");
            long seed = exerciseId == null ? 0 : VariantPolicy.defaultSeed(exerciseId);
            if (s != null && (!s.isIntegralNumber() || !s.canConvertToLong())) {
                problem(file, "policy.variants.seed", "a whole number is required, was " + s.asString(),
                        PackProblemCode.WHOLE_NUMBER_REQUIRED, s.asString());
            } else if (s != null) {
                seed = s.longValue();
            }
            return new VariantPolicy(items, stratifyBy, seed);
        }

        /**
         * Whether the exercise's type can draw variants, knows the stratum, and its pool holds at least
         * as many items as each learner gets.
         */
        private void variantsFit(VariantPolicy variants, ExerciseType<?, ?, ?> type, Map<String, Object> specTree,
                                 Map<String, Object> keyTree, CoursePack.Dataset dataset, String file) {
            Optional<ItemPool> pool = type.itemPool();
            if (pool.isEmpty()) {
                String able = String.join(", ", ExerciseTypes.ids().stream()
                        .filter(t -> ExerciseTypes.get(t).itemPool().isPresent()).toList());
                problem(file, "policy.variants", "exercises of type " + type.id()
                        + " cannot give learners variants (types that can: " + able + ")",
                        PackProblemCode.VARIANTS_NOT_SUPPORTED, able);
                return;
            }
            if (variants.stratifyBy() != null && !pool.get().strata().contains(variants.stratifyBy())) {
                problem(file, "policy.variants.stratifyBy", type.id() + " stratifies by "
                        + new TreeSet<>(pool.get().strata()) + ", was '" + variants.stratifyBy() + "'",
                        PackProblemCode.STRATUM_UNKNOWN, variants.stratifyBy(),
                        String.join(", ", new TreeSet<>(pool.get().strata())));
                return;
            }
            List<String> datasetItems = dataset == null ? List.of()
                    : dataset.posts().stream().map(CoursePack.Post::id).toList();
            List<PoolItem> poolItems = pool.get().pool(specTree, keyTree, datasetItems, variants.stratifyBy());
            int size = poolItems.size();
            if (variants.items() > size) {
                problem(file, "policy.variants.items", "the pool holds " + size + " items, fewer than the "
                        + variants.items() + " each learner would get", PackProblemCode.POOL_TOO_SMALL, size,
                        variants.items());
                return;
            }
            variantReads(variants, type, pool.get(), poolItems, specTree, keyTree, file);
        }

        /**
         * Whether a variant is an exercise the type reads: a set-selection variant needs an item of the
         * set, a spans variant a span. The pools that need one stratify by it always, so every learner's
         * variant has as many as this sample: checking one proves them all.
         */
        private void variantReads(VariantPolicy variants, ExerciseType<?, ?, ?> type, ItemPool pool,
                                  List<PoolItem> poolItems, Map<String, Object> specTree, Map<String, Object> keyTree,
                                  String file) {
            VariantTrees sample = pool.restrict(specTree, keyTree, VariantDraw.draw(variants, poolItems, 1, -1));
            try {
                type.check(sample.specTree(), sample.keyTree());
            } catch (InvalidSpecException e) {
                SpecProblem first = e.problems().getFirst();
                problem(file, "policy.variants.items", "with " + variants.items() + " per learner, a variant would"
                        + " not be an exercise of type " + type.id() + " (" + first.field() + ": " + first.reason()
                        + "); give each learner more items", PackProblemCode.VARIANT_NOT_AN_EXERCISE, variants.items(),
                        first.field());
            }
        }

        /** {@code policy.confidence}: {ask: per-answer | per-item, weight: 0..0.5}; see docs/calibration.md. */
        private ConfidencePolicy confidence(JsonNode c, String file) {
            if (c == null) {
                return ConfidencePolicy.NOT_ASKED;
            }
            if (!c.isObject()) {
                problem(file, "policy.confidence", "must be a mapping such as '{ask: per-answer, weight: 0.2}'",
                        PackProblemCode.MAPPING_REQUIRED);
                return ConfidencePolicy.NOT_ASKED;
            }
            unknownFields(c, file, "policy.confidence", "ask", "weight");
            JsonNode a = c.get("ask");
            ConfidenceAsk ask = a != null && a.isString() ? ConfidenceAsk.byId(a.stringValue()).orElse(null) : null;
            if (ask == null) {
                problem(file, "policy.confidence.ask", "must be one of " + ConfidenceAsk.ids() + ", was "
                        + (a == null ? "nothing" : "'" + a.asString() + "'"), PackProblemCode.NOT_ONE_OF,
                        a == null ? "" : a.asString(), String.join(", ", ConfidenceAsk.ids()));
            }
            JsonNode w = c.get("weight");
            double weight = 0;
            if (w != null && (!w.isNumber() || !(w.doubleValue() >= 0) || w.doubleValue() > ConfidencePolicy.MAX_WEIGHT)) {
                problem(file, "policy.confidence.weight", "a share of the score from 0 to " + ConfidencePolicy.MAX_WEIGHT
                        + " is required (0 shows the calibration without counting it), was " + w.asString(),
                        PackProblemCode.CONFIDENCE_WEIGHT, ConfidencePolicy.MAX_WEIGHT);
            } else if (w != null) {
                weight = w.doubleValue();
            }
            return ask == null ? ConfidencePolicy.NOT_ASKED : new ConfidencePolicy(ask, weight);
        }

        /** A mapping as the plain tree the exercise types read, or null (with a problem) when it is not one. */
        private Map<String, Object> tree(JsonNode node, String file, String field) {
            if (node == null || !node.isObject()) {
                problem(file, field, "required, a mapping as documented for the exercise's type", PackProblemCode.MAPPING_REQUIRED);
                return null;
            }
            return json.convertValue(node, TREE);
        }

        /** The type's reading of the spec; each of its problems lands on the line of the field it names. */
        private Object spec(ExerciseType<?, ?, ?> type, Map<String, Object> specTree, String file) {
            try {
                return type.readSpec(specTree);
            } catch (InvalidSpecException ex) {
                ex.problems().forEach(p -> problem(file, "spec." + p.field(), p.reason(), p.message()));
                return null;
            }
        }

        /** Labels show their titles to learners: the type needs only ids, so titles are checked here. */
        private void labelTitles(JsonNode spec, String file) {
            JsonNode ls = spec.get("labels");
            if (ls == null || !ls.isArray()) {
                return;
            }
            for (int i = 0; i < ls.size(); i++) {
                localized(ls.get(i), "title", file, "spec.labels[" + i + "]");
            }
        }

        private CoursePack.Dataset dataset(String path, MessageDigest exerciseDigest) {
            Optional<String> text = source.read(path);
            if (text.isEmpty()) {
                problem(path, null, "dataset file is missing or its path is not allowed", PackProblemCode.DATASET_MISSING);
                return null;
            }
            byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
            packDigest.update(bytes);
            exerciseDigest.update(bytes);
            List<CoursePack.Post> posts = JsonLinesDataset.read(path, text.get(), problems::add);
            if (posts.isEmpty()) {
                problem(path, null, "dataset has no items", PackProblemCode.DATASET_EMPTY);
            }
            return new CoursePack.Dataset(path, posts, HexFormat.of().formatHex(sha256().digest(bytes)));
        }

        private Map<String, Object> keyTree(String path, String exerciseId, ExerciseType<?, ?, ?> type, Object spec,
                                            CoursePack.Dataset labelledDataset, List<String> labelIds,
                                            MessageDigest exerciseDigest) {
            Optional<JsonNode> root = yamlFile(path, packDigest, exerciseDigest);
            if (root.isEmpty()) {
                return Map.of();
            }
            JsonNode k = root.get();
            JsonNode declaredNode = k.get("exercise");
            if (declaredNode != null) {
                String declared = text(k, "exercise", path);
                if (declared != null && !declared.equals(exerciseId)) {
                    problem(path, "exercise", "is '" + declared + "' but this key is used by '" + exerciseId + "'",
                            PackProblemCode.ID_MISMATCH, declared, exerciseId);
                }
            }
            int before = problems.size();
            if (labelledDataset != null) {
                labellingKeyCoversDataset(k, path, labelledDataset, labelIds);
            }
            Map<String, Object> tree = json.convertValue(k, TREE);
            if (type != null && spec != null && problems.size() == before) {
                try {
                    readKey(type, spec, tree);
                } catch (InvalidSpecException ex) {
                    ex.problems().forEach(p -> problem(path, p.field(), p.reason(), p.message()));
                }
            }
            return tree;
        }

        /** A key that labels dataset items names every item of its dataset once, and nothing else. */
        private void labellingKeyCoversDataset(JsonNode k, String path, CoursePack.Dataset dataset,
                                               List<String> labelIds) {
            Set<String> datasetIds = new HashSet<>();
            dataset.posts().forEach(p -> datasetIds.add(p.id()));
            JsonNode items = k.get("items");
            if (items == null || !items.isArray() || items.isEmpty()) {
                problem(path, "items", "a non-empty list of {item, label, explanation} is required", PackProblemCode.LIST_REQUIRED);
                return;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String where = "items[" + i + "]";
                JsonNode entry = items.get(i);
                String item = text(entry, "item", path, where);
                String label = text(entry, "label", path, where);
                localized(entry, "explanation", path, where);
                if (label != null && !labelIds.isEmpty() && !labelIds.contains(label)) {
                    problem(path, where + ".label", "'" + label + "' is not one of the exercise's labels " + labelIds,
                            PackProblemCode.KEY_LABEL_UNKNOWN, label, String.join(", ", labelIds));
                }
                if (item == null) {
                    continue;
                }
                if (!datasetIds.contains(item)) {
                    problem(path, where + ".item", "'" + item + "' is not in dataset " + dataset.name(), PackProblemCode.KEY_ITEM_UNKNOWN,
                            item, dataset.name());
                } else if (!seen.add(item)) {
                    problem(path, where + ".item", "'" + item + "' has two key entries", PackProblemCode.KEY_ITEM_TWICE, item);
                }
            }
            datasetIds.stream().filter(id -> !seen.contains(id)).sorted()
                    .forEach(id -> problem(path, "items", "dataset item '" + id + "' has no key entry", PackProblemCode.KEY_ITEM_MISSING,
                            id));
        }

        // ---- small readers that record a problem and return null instead of failing at once ----

        private Optional<JsonNode> yamlFile(String file, MessageDigest... digests) {
            Optional<String> text = source.read(file);
            if (text.isEmpty()) {
                problem(file, null, "file is missing or its path is not allowed", PackProblemCode.FILE_MISSING);
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
                    problem(file, null, "must be a YAML mapping (key: value lines)", PackProblemCode.NOT_A_MAPPING);
                    return Optional.empty();
                }
                documents.put(file, doc);
                return Optional.of(node);
            } catch (JacksonException e) {
                problemAt(file, line(e), "not valid YAML: " + e.getOriginalMessage(), PackProblemCode.YAML_SYNTAX);
                return Optional.empty();
            } catch (YamlDocuments.AliasNotAllowedException e) {
                problemAt(file, e.line, "not valid YAML: " + e.getMessage(), PackProblemCode.YAML_SYNTAX);
                return Optional.empty();
            }
        }

        private String id(JsonNode node, String field, String file) {
            return id(node, field, file, null);
        }

        private String id(JsonNode node, String field, String file, String where) {
            String id = text(node, field, file, where);
            if (id != null && !ID.matcher(id).matches()) {
                problem(file, path(where, field), "'" + id + "' is not an id (lower-case letters, digits, '-')",
                        PackProblemCode.NOT_AN_ID, id);
                return null;
            }
            return id;
        }

        private String text(JsonNode node, String field, String file) {
            return text(node, field, file, null);
        }

        /** Null when the field is absent; a problem when it is there but not a text. */
        private String optionalText(JsonNode node, String field, String file) {
            JsonNode v = node.get(field);
            return v == null ? null : text(node, field, file, null);
        }

        private String text(JsonNode node, String field, String file, String where) {
            JsonNode v = node == null ? null : node.get(field);
            if (v == null || v.isNull() || !v.isValueNode() || v.asString().isBlank()) {
                problem(file, path(where, field), "required", PackProblemCode.REQUIRED);
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
                problem(file, prefix + field, "a whole number from " + min + " to " + max + " is required",
                        PackProblemCode.WHOLE_NUMBER, min, max);
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
                problem(file, path(where, field), "required, with a text per language ({en: ..., fr: ...})",
                        PackProblemCode.LOCALIZED_REQUIRED);
                return null;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                if (e.getValue().isString() && !e.getValue().stringValue().isBlank()) {
                    texts.put(e.getKey(), e.getValue().stringValue());
                } else {
                    problem(file, path(where, field) + "." + e.getKey(), "must be a non-empty text", PackProblemCode.TEXT_EMPTY);
                }
            }
            if (!texts.containsKey("en")) {
                problem(file, path(where, field) + ".en", "the English text is required", PackProblemCode.ENGLISH_REQUIRED);
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
                    problem(file, path(where, name), "unknown field (known: " + String.join(", ", known) + ")",
                            PackProblemCode.UNKNOWN_FIELD, String.join(", ", known));
                }
            }
        }

        /** A problem of a field of the file (null: of the whole file), found on that field's line. */
        private void problem(String file, String field, String english, ProblemCode code, Object... args) {
            problem(file, field, english, ProblemMessage.of(code, args));
        }

        private void problem(String file, String field, String english, ProblemMessage message) {
            YamlDocuments.YamlDocument doc = documents.get(file);
            int line = doc == null ? 0 : doc.lineOf(field == null ? "" : field);
            problems.add(new PackProblem(file, line, field == null ? english : field + ": " + english, field, message));
        }

        /** A problem of a file found on a given line, such as a YAML syntax error. */
        private void problemAt(String file, int line, String english, ProblemCode code) {
            problems.add(new PackProblem(file, Math.max(0, line), english, null, ProblemMessage.of(code)));
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> void readKey(ExerciseType<S, ?, ?> type, Object spec, Map<String, Object> tree) {
        type.readKey((S) spec, tree);
    }

    private static Map<String, Integer> shifted(Map<String, Integer> lines, int by) {
        Map<String, Integer> shifted = new HashMap<>();
        lines.forEach((k, v) -> shifted.put(k, v + by));
        return shifted;
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
