package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.variant.ItemPool;

/** The `indicators` type. */
public final class IndicatorsType implements AutoGradedType<IndicatorsSpec, IndicatorsKey, IndicatorsAnswer, IndicatorsResult> {

    public static final String ID = "indicators";

    private static final ItemPool POOL = new IndicatorsItemPool();

    private final IndicatorsGrader grader = new IndicatorsGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public IndicatorsSpec readSpec(Map<String, Object> tree) {
        return IndicatorsSpec.fromMap(tree);
    }

    @Override
    public IndicatorsKey readKey(IndicatorsSpec spec, Map<String, Object> tree) {
        return IndicatorsKey.fromMap(spec, tree);
    }

    @Override
    public IndicatorsAnswer readAnswer(IndicatorsSpec spec, Map<String, Object> tree) {
        return IndicatorsAnswer.fromMap(spec, tree);
    }

    @Override
    public IndicatorsResult grade(IndicatorsSpec spec, IndicatorsKey key, IndicatorsAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<IndicatorsResult> resultType() {
        return IndicatorsResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (LineFeedback l : resultType().cast(result).lines()) {
            boolean right = l.outcome() == LineOutcome.HIT || l.outcome() == LineOutcome.DECOY_AVOIDED
                    || l.outcome() == LineOutcome.CLEAR;
            out.add(new ItemResponse(l.lineId(), ItemResponse.orNothing(l.expectedIndicator()),
                    ItemResponse.orNothing(l.givenIndicator()), right));
        }
        return out;
    }

    @Override
    public ObjectShape specShape() {
        return IndicatorsShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return IndicatorsShapes.key();
    }

    @Override
    public ItemNaming itemNaming(IndicatorsSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        int n = 0;
        for (LogLine l : spec.lines()) {
            names.item(l.id(), ItemNaming.Kind.LINE, ++n, ItemNaming.plain(l.text()));
        }
        for (Indicator i : spec.indicators()) {
            if (i.name() != null && !i.name().isBlank()) {
                names.answer(i.id(), ItemNaming.plain(i.name()));
            }
        }
        return names.build();
    }

    @Override
    public Optional<ItemPool> itemPool() {
        return Optional.of(POOL);
    }
}
