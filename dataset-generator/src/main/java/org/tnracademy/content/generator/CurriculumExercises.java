package org.tnracademy.content.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.attribution.AttributeOperatorsExercise;
import org.tnracademy.content.generator.estimate.GeolocationExercise;
import org.tnracademy.content.generator.indicators.SpywareIndicatorsExercise;
import org.tnracademy.content.generator.labelling.PhishingMessagesExercise;
import org.tnracademy.content.generator.multilingual.labelling.MultilingualPostsExercise;
import org.tnracademy.content.generator.setselection.CoordinatedAccountsExercise;
import org.tnracademy.content.generator.spans.ExposedPersonalDataExercise;
import org.tnracademy.content.generator.timeline.HarassmentTimelineExercise;


/**
 * The generated exercises of the starter curriculum, one {@link CurriculumExercise} per exercise in
 * the package of its type: the one place a new type's generated exercise is registered in this
 * module. Every spec and key comes from a generator; only the instructions, titles and hints are
 * written by hand.
 */
public final class CurriculumExercises {

    public static final int SHARE_LOG_SIZE = CoordinatedAccountsExercise.SHARE_LOG_SIZE;
    public static final int LOG_LINE_COUNT = SpywareIndicatorsExercise.LOG_LINE_COUNT;
    public static final int MESSAGE_COUNT = PhishingMessagesExercise.MESSAGE_COUNT;
    public static final int TIMELINE_EVENTS = HarassmentTimelineExercise.TIMELINE_EVENTS;
    public static final int PHOTO_COUNT = GeolocationExercise.PHOTO_COUNT;
    public static final int DOXING_POSTS = ExposedPersonalDataExercise.DOXING_POSTS;

    private static final List<CurriculumExercise> EXERCISES = List.of(
            new CoordinatedAccountsExercise(),
            new SpywareIndicatorsExercise(),
            new PhishingMessagesExercise(),
            new HarassmentTimelineExercise(),
            new GeolocationExercise(),
            new ExposedPersonalDataExercise(),
            new AttributeOperatorsExercise(),
            new MultilingualPostsExercise());

    private final long seed;

    public CurriculumExercises() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public CurriculumExercises(long seed) {
        this.seed = seed;
    }

    /** Every file of the exercises, in a stable order. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        EXERCISES.forEach(e -> files.putAll(e.files(seed)));
        return files;
    }
}
