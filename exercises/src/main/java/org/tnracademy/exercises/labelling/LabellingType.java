package org.tnracademy.exercises.labelling;

import java.util.Optional;
import org.tnracademy.exercises.variant.ItemPool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * The {@code item-labelling} type. Trees: spec {@code {labels: [{id, title}], scoring?: accuracy |
 * macro-f1 | micro-f1}} (titles are for people, the grader needs the ids; accuracy when scoring is
 * absent), key {@code {items: [{item, label, explanation?}]}}, answer
 * {@code {labels: {post-001: doxing}}}.
 */
public final class LabellingType implements AutoGradedType<LabellingSpec, LabellingKey, LabellingAnswer,
        LabellingResult> {

    private static final LabellingItemPool POOL = new LabellingItemPool();

    public static final String ID = "item-labelling";

    private final LabellingGrader grader = new LabellingGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LabellingSpec readSpec(Map<String, Object> tree) {
        TreeReader in = TreeReader.of(tree);
        List<String> ids = new ArrayList<>();
        for (TreeReader label : in.objects("labels")) {
            label.allow("title");
            ids.add(label.text("id"));
        }
        LabellingScoring scoring = LabellingScoring.fromId(
                in.oneOf("scoring", LabellingScoring.ids(), LabellingScoring.DEFAULT.id()));
        in.failOnSpecProblems(List.of());
        return LabellingSpec.of(ids, scoring);
    }

    @Override
    public LabellingKey readKey(LabellingSpec spec, Map<String, Object> tree) {
        TreeReader in = TreeReader.of(tree).allow("exercise");
        Map<String, KeyEntry> entries = new LinkedHashMap<>();
        List<TreeReader> items = in.objects("items");
        for (TreeReader item : items) {
            String id = item.text("item");
            KeyEntry entry = new KeyEntry(item.text("label"), item.optionalLocalized("explanation"));
            if (id != null && entries.putIfAbsent(id, entry) != null) {
                item.problem(item.pathOf("item"), TreeReader.Issue.INVALID, "'" + id + "' appears twice",
                        CheckProblem.DUPLICATE, id);
            }
        }
        in.failOnSpecProblems(List.of());
        if (entries.isEmpty()) {
            throw new InvalidSpecException(List.of(SpecProblem.of("items", "the key labels no item", CheckProblem.KEY_EMPTY)));
        }
        return LabellingKey.validated(spec, entries);
    }

    @Override
    public LabellingAnswer readAnswer(LabellingSpec spec, Map<String, Object> tree) {
        TreeReader in = TreeReader.of(tree);
        TreeReader labels = in.optionalChild("labels");
        Map<String, String> byItem = new LinkedHashMap<>();
        for (String item : labels.fields()) {
            byItem.put(item, labels.text(item));
        }
        in.failOnAnswerProblems(List.of());
        return new LabellingAnswer(byItem);
    }

    @Override
    public LabellingResult grade(LabellingSpec spec, LabellingKey key, LabellingAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<LabellingResult> resultType() {
        return LabellingResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (ItemFeedback i : resultType().cast(result).items()) {
            out.add(new ItemResponse(i.itemId(), i.expectedLabel(), ItemResponse.orNothing(i.givenLabel()), i.correct()));
        }
        return out;
    }

    @Override
    public boolean keyLabelsDatasetItems() {
        return true;
    }

    @Override
    public Map<String, Map<String, String>> labelTitles(Map<String, Object> specTree) {
        Map<String, Map<String, String>> titles = new LinkedHashMap<>();
        if (specTree.get("labels") instanceof List<?> labels) {
            for (Object label : labels) {
                if (label instanceof Map<?, ?> l && l.get("id") instanceof String id) {
                    Map<String, String> title = new LinkedHashMap<>();
                    if (l.get("title") instanceof Map<?, ?> t) {
                        t.forEach((language, text) -> title.put(String.valueOf(language), String.valueOf(text)));
                    }
                    titles.put(id, title);
                }
            }
        }
        return titles;
    }

    @Override
    public ObjectShape specShape() {
        return LabellingShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return LabellingShapes.key();
    }

    @Override
    public Optional<ItemPool> itemPool() {
        return Optional.of(POOL);
    }
}
