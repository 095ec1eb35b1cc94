package org.tnracademy.exercises.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.PictureReference;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.variant.ItemPool;

/** The `estimate` type. */
public final class EstimateType implements AutoGradedType<EstimateSpec, EstimateKey, EstimateAnswer, EstimateResult> {

    public static final String ID = "estimate";

    private static final ItemPool POOL = new EstimateItemPool();

    private final EstimateGrader grader = new EstimateGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EstimateSpec readSpec(Map<String, Object> tree) {
        return EstimateSpec.fromMap(tree);
    }

    @Override
    public EstimateKey readKey(EstimateSpec spec, Map<String, Object> tree) {
        return EstimateKey.fromMap(spec, tree);
    }

    @Override
    public EstimateAnswer readAnswer(EstimateSpec spec, Map<String, Object> tree) {
        return EstimateAnswer.fromMap(spec, tree);
    }

    @Override
    public EstimateResult grade(EstimateSpec spec, EstimateKey key, EstimateAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<EstimateResult> resultType() {
        return EstimateResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (QuestionFeedback q : resultType().cast(result).questions()) {
            // right means full credit; the partial credit of a near miss shows in the mean error
            out.add(new ItemResponse(q.questionId(), estimate(q.expected()),
                    q.given() == null ? ItemResponse.NOTHING : estimate(q.given()), q.credit() >= 1 ? 1 : 0,
                    q.given() == null ? null : q.error(), q.given() == null ? null : q.errorUnit()));
        }
        return out;
    }

    private static String estimate(Estimate e) {
        return switch (e) {
            case NumberValue n -> plain(n.value());
            case GeoPoint p -> plain(p.latitude()) + ", " + plain(p.longitude());
        };
    }

    /** A number without exponent or trailing zeros, the same in every locale. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public ObjectShape specShape() {
        return EstimateShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return EstimateShapes.key();
    }

    @Override
    public ItemNaming itemNaming(EstimateSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        int n = 0;
        for (EstimateQuestion q : spec.questions()) {
            names.item(q.id(), ItemNaming.Kind.QUESTION, ++n, q.prompt());
        }
        return names.build();
    }

    @Override
    public List<PictureReference> pictures(EstimateSpec spec) {
        List<PictureReference> pictures = new ArrayList<>();
        for (int i = 0; i < spec.questions().size(); i++) {
            EstimateQuestion q = spec.questions().get(i);
            if (q.picture() != null) {
                pictures.add(new PictureReference("spec.questions[" + i + "].picture.file", q.picture().file(),
                        "a question's photo"));
            }
        }
        if (spec.map() != null) {
            pictures.add(new PictureReference("spec.map.basemap", spec.map().basemap(), "a map's basemap"));
        }
        return pictures;
    }

    @Override
    public Optional<ItemPool> itemPool() {
        return Optional.of(POOL);
    }
}
