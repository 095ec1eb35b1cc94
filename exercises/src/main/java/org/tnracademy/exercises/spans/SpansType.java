package org.tnracademy.exercises.spans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.variant.ItemPool;

/** The `spans` type. */
public final class SpansType implements AutoGradedType<SpansSpec, SpansKey, SpansAnswer, SpansResult> {

    public static final String ID = "spans";

    private static final ItemPool POOL = new SpansItemPool();

    private final SpansGrader grader = new SpansGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SpansSpec readSpec(Map<String, Object> tree) {
        return SpansSpec.fromMap(tree);
    }

    @Override
    public SpansKey readKey(SpansSpec spec, Map<String, Object> tree) {
        return SpansKey.fromMap(spec, tree);
    }

    @Override
    public SpansAnswer readAnswer(SpansSpec spec, Map<String, Object> tree) {
        return SpansAnswer.fromMap(spec, tree);
    }

    @Override
    public SpansResult grade(SpansSpec spec, SpansKey key, SpansAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<SpansResult> resultType() {
        return SpansResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (SpanFeedback k : resultType().cast(result).keySpans()) {
            out.add(new ItemResponse(spanId(k), k.category(), spanGiven(k), switch (k.outcome()) {
                case EXACT, OVERLAP -> true;
                case PARTIAL, WRONG_CATEGORY, MISSED -> false;
            }));
        }
        return out;
    }

    /** The same key span in every learner's result: post, range and the text it covers. */
    private static String spanId(SpanFeedback k) {
        return k.postId() + ":" + k.start() + "-" + k.end() + " " + k.text();
    }

    /** The category the learner gave the span: {@link ItemResponse#PARTIAL} in front when it overlaps too little. */
    private static String spanGiven(SpanFeedback k) {
        return switch (k.outcome()) {
            case EXACT, OVERLAP, WRONG_CATEGORY -> ItemResponse.orNothing(k.givenCategory());
            case PARTIAL -> ItemResponse.PARTIAL + ItemResponse.orNothing(k.givenCategory());
            case MISSED -> ItemResponse.NOTHING;
        };
    }

    @Override
    public ObjectShape specShape() {
        return SpansShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return SpansShapes.key();
    }

    @Override
    public ItemNaming itemNaming(SpansSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        Map<String, Integer> postPosition = new HashMap<>();
        int n = 0;
        for (Post p : spec.posts()) {
            postPosition.put(p.id(), ++n);
        }
        for (SpanCategory c : spec.categories()) {
            names.answer(c.id(), c.title());
        }
        for (String id : itemIds) {
            // a key span's id is "<post>:<start>-<end> <text>" (see spanId)
            int colon = id.indexOf(':');
            int space = id.indexOf(' ');
            if (colon > 0 && space > colon && postPosition.containsKey(id.substring(0, colon))) {
                names.item(id, ItemNaming.Kind.SPAN, postPosition.get(id.substring(0, colon)),
                        ItemNaming.plain(id.substring(space + 1)));
            }
        }
        return names.build();
    }

    @Override
    public Optional<ItemPool> itemPool() {
        return Optional.of(POOL);
    }
}
