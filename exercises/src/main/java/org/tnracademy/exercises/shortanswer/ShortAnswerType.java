package org.tnracademy.exercises.shortanswer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.variant.ItemPool;

/** The `short-answer` type. */
public final class ShortAnswerType implements AutoGradedType<ShortAnswerSpec, ShortAnswerKey, ShortAnswerAnswer, ShortAnswerResult> {

    public static final String ID = "short-answer";

    private static final ItemPool POOL = new ShortAnswerItemPool();

    private final ShortAnswerGrader grader = new ShortAnswerGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ShortAnswerSpec readSpec(Map<String, Object> tree) {
        return ShortAnswerSpec.fromMap(tree);
    }

    @Override
    public ShortAnswerKey readKey(ShortAnswerSpec spec, Map<String, Object> tree) {
        return ShortAnswerKey.fromMap(spec, tree);
    }

    @Override
    public ShortAnswerAnswer readAnswer(ShortAnswerSpec spec, Map<String, Object> tree) {
        return ShortAnswerAnswer.fromMap(spec, tree);
    }

    @Override
    public ShortAnswerResult grade(ShortAnswerSpec spec, ShortAnswerKey key, ShortAnswerAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<ShortAnswerResult> resultType() {
        return ShortAnswerResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (BlankFeedback b : resultType().cast(result).blanks()) {
            out.add(new ItemResponse(b.blankId(),
                    b.acceptedAnswers().isEmpty() ? ItemResponse.PATTERN_ONLY : String.join(" | ", b.acceptedAnswers()),
                    typed(b.given()), b.correct()));
        }
        return out;
    }

    /** A typed answer folded so that answers differing only in case or spacing count as one. */
    private static String typed(String given) {
        if (given == null || given.isBlank()) {
            return ItemResponse.NOTHING;
        }
        return given.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public ObjectShape specShape() {
        return ShortAnswerShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return ShortAnswerShapes.key();
    }

    @Override
    public ItemNaming itemNaming(ShortAnswerSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        int n = 0;
        for (Blank b : spec.blanks()) {
            names.item(b.id(), ItemNaming.Kind.BLANK, ++n, b.prompt());
        }
        return names.build();
    }

    @Override
    public List<String> confidenceItems(ShortAnswerSpec spec) {
        return spec.blanks().stream().map(Blank::id).toList();
    }

    @Override
    public Optional<ItemPool> itemPool() {
        return Optional.of(POOL);
    }
}
