package org.tnracademy.exercises.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;

/** The `timeline` type. */
public final class TimelineType implements AutoGradedType<TimelineSpec, TimelineKey, TimelineAnswer, TimelineResult> {

    public static final String ID = "timeline";

    private final TimelineGrader grader = new TimelineGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TimelineSpec readSpec(Map<String, Object> tree) {
        return TimelineSpec.fromMap(tree);
    }

    @Override
    public TimelineKey readKey(TimelineSpec spec, Map<String, Object> tree) {
        return TimelineKey.fromMap(spec, tree);
    }

    @Override
    public TimelineAnswer readAnswer(TimelineSpec spec, Map<String, Object> tree) {
        return TimelineAnswer.fromMap(spec, tree);
    }

    @Override
    public TimelineResult grade(TimelineSpec spec, TimelineKey key, TimelineAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<TimelineResult> resultType() {
        return TimelineResult.class;
    }

    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (EventFeedback e : resultType().cast(result).events()) {
            String expected = e.expectedFirst() == e.expectedLast() ? String.valueOf(e.expectedFirst())
                    : e.expectedFirst() + "-" + e.expectedLast();
            out.add(new ItemResponse(e.eventId(), expected,
                    e.givenPosition() == null ? ItemResponse.NOTHING : String.valueOf(e.givenPosition()), e.inPlace()));
        }
        return out;
    }

    @Override
    public ObjectShape specShape() {
        return TimelineShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return TimelineShapes.key();
    }

    @Override
    public ItemNaming itemNaming(TimelineSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        int n = 0;
        for (TimelineEvent e : spec.events()) {
            names.item(e.id(), ItemNaming.Kind.EVENT, ++n, ItemNaming.plain(e.text()));
        }
        return names.build();
    }
}
