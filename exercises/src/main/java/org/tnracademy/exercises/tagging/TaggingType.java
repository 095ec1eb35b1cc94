package org.tnracademy.exercises.tagging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.shape.ObjectShape;

/** The `technique-tagging` type. */
public final class TaggingType implements AutoGradedType<TaggingSpec, TaggingKey, TaggingAnswer, TaggingResult> {

    public static final String ID = "technique-tagging";

    private final TaggingGrader grader = new TaggingGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TaggingSpec readSpec(Map<String, Object> tree) {
        return TaggingSpec.fromMap(tree);
    }

    @Override
    public TaggingKey readKey(TaggingSpec spec, Map<String, Object> tree) {
        return TaggingKey.fromMap(spec, tree);
    }

    @Override
    public TaggingAnswer readAnswer(TaggingSpec spec, Map<String, Object> tree) {
        return TaggingAnswer.fromMap(spec, tree);
    }

    @Override
    public TaggingResult grade(TaggingSpec spec, TaggingKey key, TaggingAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<TaggingResult> resultType() {
        return TaggingResult.class;
    }

    /** Key techniques only, matched or missed; a missed one names what the learner tagged in its tactic instead. */
    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        List<TechniqueFeedback> all = resultType().cast(result).techniques();
        for (TechniqueFeedback t : all) {
            if (t.outcome() == TagOutcome.MATCHED || t.outcome() == TagOutcome.MISSED) {
                boolean matched = t.outcome() == TagOutcome.MATCHED;
                out.add(new ItemResponse(t.techniqueId(), t.techniqueId(),
                        matched ? t.techniqueId() : insteadOf(t, all), matched));
            }
        }
        return out;
    }

    /** For a missed key technique, the techniques of its tactic the learner tagged in its place. */
    private static String insteadOf(TechniqueFeedback missed, List<TechniqueFeedback> all) {
        String instead = all.stream()
                .filter(t -> t.outcome() == TagOutcome.SAME_TACTIC && t.tacticId().equals(missed.tacticId()))
                .map(TechniqueFeedback::techniqueId).sorted().collect(Collectors.joining("+"));
        return instead.isEmpty() ? ItemResponse.NOTHING : instead;
    }

    @Override
    public ObjectShape specShape() {
        return TaggingShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return TaggingShapes.key();
    }

    @Override
    public ItemNaming itemNaming(TaggingSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder names = ItemNaming.builder();
        for (Technique t : spec.catalogue()) {
            // ATT&CK-style technique ids are what analysts cite: kept beside the name
            Map<String, String> texts = new LinkedHashMap<>();
            t.name().byLanguage().forEach((lang, name) -> texts.put(lang, t.id() + " · " + name));
            LocalizedText named = texts.isEmpty() ? ItemNaming.plain(t.id()) : new LocalizedText(texts);
            names.item(t.id(), ItemNaming.Kind.TECHNIQUE, 0, named).answer(t.id(), named);
        }
        return names.build();
    }
}
