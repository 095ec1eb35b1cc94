package org.tnracademy.exercises.setselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.variant.ItemPool;

/** The `set-selection` type. */
public final class SetSelectionType implements AutoGradedType<SetSelectionSpec, SetSelectionKey, SetSelectionAnswer, SetSelectionResult> {

    public static final String ID = "set-selection";

    private static final ItemPool POOL = new SetSelectionItemPool();

    private final SetSelectionGrader grader = new SetSelectionGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SetSelectionSpec readSpec(Map<String, Object> tree) {
        return SetSelectionSpec.fromMap(tree);
    }

    @Override
    public SetSelectionKey readKey(SetSelectionSpec spec, Map<String, Object> tree) {
        return SetSelectionKey.fromMap(spec, tree);
    }

    @Override
    public SetSelectionAnswer readAnswer(SetSelectionSpec spec, Map<String, Object> tree) {
        return SetSelectionAnswer.fromMap(spec, tree);
    }

    @Override
    public SetSelectionResult grade(SetSelectionSpec spec, SetSelectionKey key, SetSelectionAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<SetSelectionResult> resultType() {
        return SetSelectionResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (SelectionFeedback s : resultType().cast(result).items()) {
            out.add(switch (s.outcome()) {
                case MATCHED -> new ItemResponse(s.itemId(), ItemResponse.CHOSEN, ItemResponse.CHOSEN, true);
                case MISSED -> new ItemResponse(s.itemId(), ItemResponse.CHOSEN, ItemResponse.NOT_CHOSEN, false);
                case WRONGLY_CLAIMED -> new ItemResponse(s.itemId(), ItemResponse.NOT_CHOSEN, ItemResponse.CHOSEN, false);
            });
        }
        return out;
    }

    /** Results list the items in the key or chosen: an account missing from one was rightly left out. */
    @Override
    public boolean resultsOmitRightlyLeftOutItems() {
        return true;
    }

    /** The learner chooses among the spec's items (accounts); the dataset only gives the evidence. */
    @Override
    public OptionalInt specItemCount(Supplier<Map<String, Object>> specTree) {
        return specTree.get().get("items") instanceof List<?> items ? OptionalInt.of(items.size()) : OptionalInt.of(0);
    }

    @Override
    public ObjectShape specShape() {
        return SetSelectionShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return SetSelectionShapes.key();
    }

    @Override
    public Optional<ItemPool> itemPool() {
        return Optional.of(POOL);
    }
}
