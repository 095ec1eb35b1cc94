package org.tnracademy.core.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test pack {@code packs/all-types}: one exercise of each type, with the answer its key gives
 * full marks, and an answer the type refuses.
 */
public final class AllTypesPack {

    public static final String SLUG = "all-types";

    /** Slug of the exercise of each type id. */
    public static final Map<String, String> EXERCISE_OF_TYPE = new LinkedHashMap<>();

    static {
        EXERCISE_OF_TYPE.put("choice", "pick-the-doxing");
        EXERCISE_OF_TYPE.put("item-labelling", "label-three");
        EXERCISE_OF_TYPE.put("set-selection", "find-the-network");
        EXERCISE_OF_TYPE.put("spans", "mark-the-address");
        EXERCISE_OF_TYPE.put("indicators", "match-implant-logs");
        EXERCISE_OF_TYPE.put("timeline", "order-the-case");
        EXERCISE_OF_TYPE.put("estimate", "place-the-photo");
        EXERCISE_OF_TYPE.put("technique-tagging", "tag-the-smear");
        EXERCISE_OF_TYPE.put("short-answer", "find-the-source");
        EXERCISE_OF_TYPE.put("written-analysis", "assess-the-campaign");
        EXERCISE_OF_TYPE.put("account-attribution", "group-the-puppets");
    }

    private static final String C2 = "indicator--a1000000-0000-4000-8000-000000000001";
    private static final String IMPLANT = "indicator--a1000000-0000-4000-8000-000000000002";

    private AllTypesPack() {
    }

    /** The answer that reproduces the key: full marks (a written analysis waits for its grade). */
    public static Map<String, Object> keyAnswer(String type) {
        return switch (type) {
            case "choice" -> Map.of("picks", Map.of("q1", List.of("a"), "q2", List.of("a", "b")));
            case "item-labelling" -> Map.of("labels", Map.of("t1", "doxing", "t2", "harassment", "t3", "benign"));
            case "set-selection" -> Map.of("chosen", List.of("acct-02", "acct-03", "acct-05"));
            case "spans" -> Map.of("spans", List.of(
                    Map.of("post", "post-001", "start", 32, "end", 56, "category", "address"),
                    Map.of("post", "post-001", "start", 67, "end", 75, "category", "phone")));
            case "indicators" -> Map.of("matches", Map.of("line-01", C2, "line-03", IMPLANT));
            case "timeline" -> Map.of("order", List.of("ev-a", "ev-b", "ev-c"));
            case "estimate" -> Map.of("answers", Map.of("q-place", Map.of("latitude", 43.20, "longitude", 5.40),
                    "q-accounts", 120));
            case "technique-tagging" -> Map.of("techniques", List.of("T0086", "T0049", "T0007"));
            case "short-answer" -> Map.of("values", Map.of("handle", "@Nadia_K_syn", "date", "March 1 2024"));
            case "written-analysis" -> Map.of("text", "The campaign began on 1 March 2024 (post t1).");
            case "account-attribution" -> Map.of("groups", List.of(List.of("@ash_syn", "@birch_syn", "@cedar_syn"),
                    List.of("@dune_syn", "@elm_syn")));
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** A partly right answer: some credit, less than full. */
    public static Map<String, Object> partialAnswer(String type) {
        return switch (type) {
            case "choice" -> Map.of("picks", Map.of("q1", List.of("a"), "q2", List.of("a", "c")));
            case "item-labelling" -> Map.of("labels", Map.of("t1", "doxing", "t2", "benign", "t3", "benign"));
            case "set-selection" -> Map.of("chosen", List.of("acct-02", "acct-04"));
            case "spans" -> Map.of("spans", List.of(
                    Map.of("post", "post-001", "start", 32, "end", 56, "category", "address")));
            case "indicators" -> Map.of("matches", Map.of("line-01", C2, "line-02", C2));
            case "timeline" -> Map.of("order", List.of("ev-b", "ev-a", "ev-c"));
            case "estimate" -> Map.of("answers", Map.of("q-place", Map.of("latitude", 43.25, "longitude", 5.40),
                    "q-accounts", 150));
            case "technique-tagging" -> Map.of("techniques", List.of("T0086", "T0085", "T1430"));
            case "short-answer" -> Map.of("values", Map.of("handle", "@Nadia_K_syn", "date", "2 March 2024"));
            case "account-attribution" -> Map.of("groups", List.of(List.of("@ash_syn", "@birch_syn"),
                    List.of("@cedar_syn", "@dune_syn", "@elm_syn")));
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** An answer the type refuses: it names things the spec does not have. */
    public static Map<String, Object> invalidAnswer(String type) {
        return switch (type) {
            case "choice" -> Map.of("picks", Map.of("q9", List.of("a")));
            case "item-labelling" -> Map.of("labels", Map.of("t1", "made-up"));
            case "set-selection" -> Map.of("chosen", List.of("acct-99"));
            case "spans" -> Map.of("spans", List.of(
                    Map.of("post", "post-404", "start", 1, "end", 5, "category", "address")));
            case "indicators" -> Map.of("matches", Map.of("line-99", C2));
            case "timeline" -> Map.of("order", List.of("ev-a", "ev-z"));
            case "estimate" -> Map.of("answers", Map.of("q-nowhere", 3));
            case "technique-tagging" -> Map.of("techniques", List.of("T0000"));
            case "short-answer" -> Map.of("values", Map.of("nickname", "x"));
            case "written-analysis" -> Map.of("text", "x".repeat(4001));
            case "account-attribution" -> Map.of("groups", List.of(List.of("@ash_syn", "@nobody_syn")));
            default -> throw new IllegalArgumentException(type);
        };
    }
}
