package org.tnracademy.core.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.core.policy.VariantPolicyTrees;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.LocalizedText;
import tools.jackson.core.type.TypeReference;

/** An exercise draft's content as its JSON columns hold it, and back. */
record StoredDraft(String moduleSlug, LocalizedText title, LocalizedText instructions, String level, String forms,
                   String policy, String spec, String key, Long datasetId, String problems) {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<DraftProblem>> PROBLEMS = new TypeReference<>() {
    };

    /** Blank texts are left out, so learners reading French see the English one (and a blank English one is a problem). */
    static StoredDraft of(ExerciseDraftContent c, List<DraftProblem> problems) {
        return new StoredDraft(c.moduleId(), nonBlank(c.title()), nonBlank(c.instructions()),
                c.level() == null || c.level().isBlank() ? null : c.level().strip(), Json.write(c.forms()),
                Json.write(policyTree(cleanPolicy(c.policy()))), Json.write(c.spec()), Json.write(c.key()),
                c.datasetId(), Json.write(problems));
    }

    static ExerciseDraftContent content(ExerciseDraft d) {
        return new ExerciseDraftContent(d.moduleSlug, d.title, d.instructions, d.level, Json.read(d.forms, STRINGS),
                policy(d.policy), Json.read(d.spec, TREE), Json.read(d.answerKey, TREE), d.datasetId);
    }

    static List<DraftProblem> problems(ExerciseDraft d) {
        return Json.read(d.problems, PROBLEMS);
    }

    void copyTo(ExerciseDraft d) {
        d.moduleSlug = moduleSlug;
        d.title = title;
        d.instructions = instructions;
        d.level = level;
        d.forms = forms;
        d.policy = policy;
        d.spec = spec;
        d.answerKey = key;
        d.datasetId = datasetId;
        d.problems = problems;
    }

    static LocalizedText nonBlank(LocalizedText text) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (text != null) {
            text.byLanguage().forEach((lang, value) -> {
                if (value != null && !value.isBlank()) {
                    clean.put(lang, value.strip());
                }
            });
        }
        return new LocalizedText(clean);
    }

    static AttemptPolicy cleanPolicy(AttemptPolicy p) {
        return new AttemptPolicy(p.maxAttempts(), p.timeLimitMinutes(),
                p.scoring() == null ? ScoringPolicy.BEST : p.scoring(),
                p.hints().stream().map(h -> new AttemptPolicy.Hint(nonBlank(h.text()), h.cost())).toList(),
                p.confidence(), p.variants());
    }

    private static Map<String, Object> policyTree(AttemptPolicy p) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("maxAttempts", p.maxAttempts());
        tree.put("timeLimitMinutes", p.timeLimitMinutes());
        tree.put("scoring", p.scoring().id());
        tree.put("hints", p.hints().stream().map(h -> Map.of("text", h.text().byLanguage(), "cost", h.cost()))
                .toList());
        if (p.confidence().asked()) {
            tree.put("confidence", Map.of("ask", p.confidence().ask().id(), "weight", p.confidence().weight()));
        }
        if (p.variants().on()) {
            tree.put("variants", VariantPolicyTrees.tree(p.variants()));
        }
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static AttemptPolicy policy(String json) {
        Map<String, Object> tree = Json.read(json, TREE);
        List<AttemptPolicy.Hint> hints = new ArrayList<>();
        for (Object h : (List<Object>) tree.getOrDefault("hints", List.of())) {
            Map<String, Object> hint = (Map<String, Object>) h;
            hints.add(new AttemptPolicy.Hint(new LocalizedText((Map<String, String>) hint.get("text")),
                    ((Number) hint.get("cost")).doubleValue()));
        }
        Number limit = (Number) tree.get("timeLimitMinutes");
        return new AttemptPolicy(((Number) tree.get("maxAttempts")).intValue(), limit == null ? null : limit.intValue(),
                ScoringPolicy.byId((String) tree.get("scoring")).orElse(ScoringPolicy.BEST), hints,
                confidence((Map<String, Object>) tree.get("confidence")),
                VariantPolicyTrees.read(tree.get("variants")));
    }

    /** A draft's confidence as saved (checked by the editor's bounds before it was); none when absent. */
    private static ConfidencePolicy confidence(Map<String, Object> tree) {
        if (tree == null) {
            return ConfidencePolicy.NOT_ASKED;
        }
        return ConfidenceAsk.byId(String.valueOf(tree.get("ask")))
                .map(ask -> new ConfidencePolicy(ask, ((Number) tree.getOrDefault("weight", 0)).doubleValue()))
                .orElse(ConfidencePolicy.NOT_ASKED);
    }
}
