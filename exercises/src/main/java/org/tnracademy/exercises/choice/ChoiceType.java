package org.tnracademy.exercises.choice;

import java.util.Optional;
import org.tnracademy.exercises.variant.ItemPool;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;

/** The `choice` type. */
public final class ChoiceType implements AutoGradedType<ChoiceSpec, ChoiceKey, ChoiceAnswer, ChoiceResult> {

    private static final ChoiceItemPool POOL = new ChoiceItemPool();

    public static final String ID = "choice";

    private final ChoiceGrader grader = new ChoiceGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChoiceSpec readSpec(Map<String, Object> tree) {
        return ChoiceSpec.fromMap(tree);
    }

    @Override
    public ChoiceKey readKey(ChoiceSpec spec, Map<String, Object> tree) {
        return ChoiceKey.fromMap(spec, tree);
    }

    @Override
    public ChoiceAnswer readAnswer(ChoiceSpec spec, Map<String, Object> tree) {
        return ChoiceAnswer.fromMap(spec, tree);
    }

    @Override
    public ChoiceResult grade(ChoiceSpec spec, ChoiceKey key, ChoiceAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<ChoiceResult> resultType() {
        return ChoiceResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (QuestionFeedback q : resultType().cast(result).questions()) {
            out.add(new ItemResponse(q.questionId(), String.join("+", q.correct()),
                    q.picked().isEmpty() ? ItemResponse.NOTHING : String.join("+", q.picked()), q.fullyCorrect()));
        }
        return out;
    }

    @Override
    public ObjectShape specShape() {
        return ChoiceShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return ChoiceShapes.key();
    }

    @Override
    public ItemNaming itemNaming(ChoiceSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        int n = 0;
        for (ChoiceQuestion q : spec.questions()) {
            names.item(q.id(), ItemNaming.Kind.QUESTION, ++n, q.prompt());
            for (ChoiceOption o : q.options()) {
                names.answer(o.id(), o.text());
            }
        }
        return names.build();
    }

    @Override
    public List<String> confidenceItems(ChoiceSpec spec) {
        return spec.questions().stream().map(ChoiceQuestion::id).toList();
    }

    @Override
    public Optional<ItemPool> itemPool() {
        return Optional.of(POOL);
    }
}
