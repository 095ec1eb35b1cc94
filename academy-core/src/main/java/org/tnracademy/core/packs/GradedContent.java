package org.tnracademy.core.packs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.core.support.Json;
import tools.jackson.core.type.TypeReference;

/**
 * What grading an exercise depends on, and nothing else: the rule that decides whether an edit
 * makes a new exercise version. Two exercises with equal graded content grade every answer the
 * same, so an edit that keeps it (wording) updates the published version in place and learners keep
 * their attempts and progress; an edit that changes it makes a new version, or carries the attempts
 * over through a regrade, as the instructor chooses.
 *
 * <p>Graded: the type; the spec and the answer key <em>without their wording</em>; the attempt
 * rules (attempt limit, time limit, scoring policy, the number and cost of hints, the confidence asked
 * and its weight, the per-learner variants: they decide what a score is and when answers are shown); the dataset's posts (ids, platforms, authors, languages,
 * times, texts: what learners work on).
 *
 * <p>Wording, never graded: the title, the instructions, level, forms, hint texts, and inside spec
 * and key every <em>text per language</em>, a map of language codes to texts with an English one
 * such as {@code {en: "...", fr: "..."}} (label titles, prompts, option texts, explanations, rubric
 * descriptors, model answers). A text per language that is left out counts like one left empty.
 *
 * @param spec          the spec tree without its wording
 * @param key           the key tree without its wording
 * @param hintCosts     one cost per hint, in order
 * @param datasetDigest SHA-256 over the dataset's posts; null without a dataset
 */
public record GradedContent(String type, Map<String, Object> spec, Map<String, Object> key, int maxAttempts,
                            Integer timeLimitMinutes, ScoringPolicy scoring, List<Double> hintCosts,
                            String datasetDigest, ConfidencePolicy confidence, VariantPolicy variants) {

    /** A part of what is graded, to tell an instructor what an edit changes. */
    public enum Part { TYPE, SPEC, KEY, ATTEMPT_RULES, DATASET }

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** Where a text per language stood in a list: the place stays graded, the text does not. */
    private static final String WORDING = "(wording)";

    public GradedContent {
        hintCosts = List.copyOf(hintCosts);
        confidence = confidence == null ? ConfidencePolicy.NOT_ASKED : confidence;
        variants = variants == null ? VariantPolicy.OFF : variants;
    }

    /** The graded content of an exercise as a pack (or a studio draft) gives it. */
    public static GradedContent of(CoursePack.Exercise e) {
        return of(e.type(), e.spec(), e.key(), e.policy(), e.dataset() == null ? null : e.dataset().posts());
    }

    /**
     * @param posts the dataset's posts in order; null without a dataset
     */
    public static GradedContent of(String type, Map<String, Object> spec, Map<String, Object> key,
                                   AttemptPolicy policy, List<CoursePack.Post> posts) {
        return new GradedContent(type, withoutWording(spec), withoutWording(key), policy.maxAttempts(),
                policy.timeLimitMinutes(), policy.scoring(),
                policy.hints().stream().map(AttemptPolicy.Hint::cost).toList(),
                posts == null ? null : digest(posts), policy.confidence(),
                policy.variants());
    }

    /** The parts in which the other content differs from this one; empty when they grade alike. */
    public Set<Part> changesTo(GradedContent other) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        if (!type.equals(other.type)) {
            parts.add(Part.TYPE);
        }
        if (!spec.equals(other.spec)) {
            parts.add(Part.SPEC);
        }
        if (!key.equals(other.key)) {
            parts.add(Part.KEY);
        }
        if (maxAttempts != other.maxAttempts || !Objects.equals(timeLimitMinutes, other.timeLimitMinutes)
                || scoring != other.scoring || !hintCosts.equals(other.hintCosts)
                || !confidence.equals(other.confidence) || !variants.equals(other.variants)) {
            parts.add(Part.ATTEMPT_RULES);
        }
        if (!Objects.equals(datasetDigest, other.datasetDigest)) {
            parts.add(Part.DATASET);
        }
        return parts;
    }

    /**
     * The tree with every text per language taken out, read back from JSON first so that trees from
     * YAML, from the database and from the studio's forms compare alike (numbers, map order).
     */
    static Map<String, Object> withoutWording(Map<String, Object> tree) {
        if (tree == null) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> stripped = (Map<String, Object>) strip(Json.read(Json.write(tree), TREE));
        return stripped;
    }

    private static Object strip(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> kept = new LinkedHashMap<>();
            map.forEach((name, value) -> {
                if (isWording(value)) {
                    return;
                }
                Object stripped = strip(value);
                // a map that held only texts per language (such as explanations by item) is wording too
                if (stripped instanceof Map<?, ?> m && m.isEmpty() && value instanceof Map<?, ?> v && !v.isEmpty()) {
                    return;
                }
                kept.put(String.valueOf(name), stripped);
            });
            return kept;
        }
        if (node instanceof List<?> list) {
            List<Object> kept = new ArrayList<>(list.size());
            for (Object item : list) {
                kept.add(isWording(item) ? WORDING : strip(item));
            }
            return kept;
        }
        if (node instanceof Number n) {
            // 5, 5.0 and 5.00 grade alike, whether YAML, JSON or a form wrote them
            return "number " + new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return node;
    }

    /** A text per language: only language codes as names, only texts as values, English among them. */
    static boolean isWording(Object node) {
        if (!(node instanceof Map<?, ?> map) || !(map.get("en") instanceof String)) {
            return false;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name) || !LANGUAGE.matcher(name).matches()
                    || !(e.getValue() instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static String digest(List<CoursePack.Post> posts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CoursePack.Post p : posts) {
                // length-prefixed fields: no text can pass for two
                for (Object field : new Object[] {p.id(), p.platform(), p.author(), p.lang(), p.postedAt(), p.text()}) {
                    byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
                    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                    sha.update(bytes);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
