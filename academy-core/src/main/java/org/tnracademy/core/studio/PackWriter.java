package org.tnracademy.core.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.core.policy.VariantPolicyTrees;
import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a course back as the files of a content pack (docs/content-format.md): course.yaml,
 * lessons per language with front matter, one YAML file per exercise, datasets as JSON Lines and
 * keys apart. The same course always gives the same files, byte for byte, so an export kept under
 * version control shows only real changes. Pure: no database, no Spring.
 */
public final class PackWriter {


    private final YAMLMapper yaml = Mappers.writtenYaml(true);
    private final JsonMapper json = Mappers.json();

    /** Every file of the pack by its path, in a stable order. */
    public Map<String, String> files(CoursePack pack) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", yaml.writeValueAsString(course(pack)));
        for (CoursePack.Module m : pack.modules()) {
            for (CoursePack.Item item : m.items()) {
                switch (item) {
                    case CoursePack.Lesson l -> lesson(l, files);
                    case CoursePack.Exercise e -> exercise(e, files);
                }
            }
        }
        return files;
    }

    private Map<String, Object> course(CoursePack pack) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", pack.id());
        c.put("version", pack.version());
        c.put("level", pack.level());
        c.put("title", texts(pack.title()));
        c.put("summary", texts(pack.summary()));
        if (pack.passMark() != null) {
            c.put("pass_mark", pack.passMark());
        }
        List<Object> modules = new ArrayList<>();
        for (CoursePack.Module m : pack.modules()) {
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("id", m.id());
            module.put("title", texts(m.title()));
            module.put("items", m.items().stream()
                    .map(i -> Map.of(i instanceof CoursePack.Lesson ? "lesson" : "exercise", i.id())).toList());
            modules.add(module);
        }
        c.put("modules", modules);
        return c;
    }

    private void lesson(CoursePack.Lesson l, Map<String, String> files) {
        for (String lang : ContentLanguage.codes()) {
            String body = l.markdown().byLanguage().get(lang);
            if (body == null) {
                continue;
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("title", l.title().in(java.util.Locale.forLanguageTag(lang)));
            meta.put("minutes", l.minutes());
            if (l.contentNote() != null && l.contentNote().byLanguage().containsKey(lang)) {
                meta.put("contentNote", l.contentNote().byLanguage().get(lang));
            }
            files.put("lessons/" + l.id() + "." + lang + ".md", "---\n" + yaml.writeValueAsString(meta) + "---\n" + body);
        }
    }

    private void exercise(CoursePack.Exercise e, Map<String, String> files) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", e.id());
        x.put("type", e.type());
        x.put("version", e.version());
        x.put("title", texts(e.title()));
        x.put("instructions", texts(e.instructions()));
        if (e.level() != null) {
            x.put("level", e.level());
        }
        if (!e.forms().isEmpty()) {
            x.put("forms", e.forms());
        }
        if (e.dataset() != null) {
            x.put("dataset", datasetPath(e, files));
        }
        boolean hasKey = !e.key().isEmpty() || !ExerciseTypes.get(e.type()).gradedByInstructor();
        if (hasKey) {
            String keyPath = "keys/" + e.id() + ".key.yaml";
            x.put("key", keyPath);
            files.put(keyPath, yaml.writeValueAsString(e.key()));
        }
        x.put("policy", policy(e.policy()));
        x.put("spec", e.spec());
        files.put("exercises/" + e.id() + ".yaml", yaml.writeValueAsString(x));
    }

    /** One file per dataset path; should two exercises name one path with different items, the second gets its own. */
    private String datasetPath(CoursePack.Exercise e, Map<String, String> files) {
        String text = jsonLines(e.dataset());
        String path = e.dataset().name();
        if (files.containsKey(path) && !files.get(path).equals(text)) {
            path = "datasets/" + e.id() + ".jsonl";
        }
        files.put(path, text);
        return path;
    }

    private String jsonLines(CoursePack.Dataset dataset) {
        StringBuilder out = new StringBuilder();
        for (CoursePack.Post p : dataset.posts()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", p.id());
            putIfPresent(line, "platform", p.platform());
            putIfPresent(line, "author", p.author());
            putIfPresent(line, "lang", p.lang());
            putIfPresent(line, "postedAt", p.postedAt() == null ? null : p.postedAt().toString());
            line.put("text", p.text());
            line.put("synthetic", true);
            out.append(json.writeValueAsString(line)).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> policy(AttemptPolicy policy) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("maxAttempts", policy.maxAttempts());
        if (policy.timeLimitMinutes() != null) {
            p.put("timeLimitMinutes", policy.timeLimitMinutes());
        }
        if (policy.scoring() != ScoringPolicy.BEST) {
            p.put("scoring", policy.scoring().id());
        }
        if (!policy.hints().isEmpty()) {
            p.put("hints", policy.hints().stream().map(h -> {
                Map<String, Object> hint = new LinkedHashMap<>();
                hint.put("text", texts(h.text()));
                hint.put("cost", h.cost());
                return hint;
            }).toList());
        }
        if (policy.confidence().asked()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("ask", policy.confidence().ask().id());
            c.put("weight", policy.confidence().weight());
            p.put("confidence", c);
        }
        if (policy.variants().on()) {
            p.put("variants", VariantPolicyTrees.tree(policy.variants()));
        }
        return p;
    }

    private static Map<String, String> texts(LocalizedText text) {
        return new LinkedHashMap<>(text.byLanguage());
    }

    private static void putIfPresent(Map<String, Object> map, String field, String value) {
        if (value != null) {
            map.put(field, value);
        }
    }
}
