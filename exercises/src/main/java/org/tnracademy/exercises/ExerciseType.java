package org.tnracademy.exercises;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.variant.ItemPool;

/**
 * One kind of exercise, as the rest of the academy sees it: how its spec, key and answers are read
 * from the trees of YAML packs and JSON columns, and (for the types a machine grades) how an answer
 * is graded, and what the rest of the academy asks of its exercises (item analysis, datasets). Each
 * type is one package ({@code org.tnracademy.exercises.<type>}) with its adapter; the registry
 * {@code org.tnracademy.exercises.types.ExerciseTypes} lists them. Nothing outside a type's package
 * tests a type's id: it asks the type. Implementations are stateless.
 *
 * @param <S> the spec, shown to learners
 * @param <K> the answer key, never shown to learners
 * @param <A> a learner's answer
 */
public interface ExerciseType<S, K, A> {

    /** The {@code type:} value of an exercise file, such as {@code set-selection}. */
    String id();

    /** @throws InvalidSpecException naming every problem, with its path */
    S readSpec(Map<String, Object> tree);

    /** @throws InvalidSpecException naming every problem of the key against the spec */
    K readKey(S spec, Map<String, Object> tree);

    /** @throws InvalidAnswerException naming every problem; nothing may be scored then */
    A readAnswer(S spec, Map<String, Object> tree);

    /** Whether an instructor grades the answers (written analysis): they wait, pending, until then. */
    default boolean gradedByInstructor() {
        return false;
    }

    /** Reads and checks a spec and its key together, as a pack import must before storing them. */
    default S check(Map<String, Object> specTree, Map<String, Object> keyTree) {
        S spec = readSpec(specTree);
        readKey(spec, keyTree);
        return spec;
    }

    /** The class of this type's grade results, so that a stored result can be read back as the learner saw it. */
    Class<? extends GradeResult> resultType();

    /**
     * One of this type's results split into its items, for item analysis (questions, posts, log
     * lines, key spans...). The same item must have the same id in every learner's result.
     *
     * @throws ClassCastException for a result of another type
     */
    List<ItemResponse> itemResponses(GradeResult result);

    /**
     * Whether a result lists only the items in the key or in the answer (set selection): an item
     * missing from it was rightly left out, which item analysis counts from the other results.
     */
    default boolean resultsOmitRightlyLeftOutItems() {
        return false;
    }

    /**
     * Whether the key gives one of the spec's labels to every item of the exercise's dataset (item
     * labelling): the dataset is then required, a key must cover it exactly, the spec's labels carry
     * titles for learners, and instructors may label the dataset by hand or calibrate the key.
     */
    default boolean keyLabelsDatasetItems() {
        return false;
    }

    /**
     * The titles of the spec's labels by label id (language tag to text), read leniently from a
     * tree that may not be checked yet (a draft); empty for types without labels.
     */
    default Map<String, Map<String, String>> labelTitles(Map<String, Object> specTree) {
        return Map.of();
    }

    /**
     * How many items a learner works on when the spec lists them (set selection: its accounts);
     * empty when the learner works through the dataset's items. The spec tree is asked for only
     * then: course outlines count items without parsing every spec.
     */
    default OptionalInt specItemCount(Supplier<Map<String, Object>> specTree) {
        return OptionalInt.empty();
    }

    /**
     * The spec tree's shape, field for field as {@link #readSpec} reads it: the studio's form and the
     * type's JSON Schema come from it; a test feeds the documented examples through both.
     */
    ObjectShape specShape();

    /** The key tree's shape, field for field as {@link #readKey} reads it (see {@link #specShape}). */
    ObjectShape keyShape();

    /**
     * How people name the items of {@link #itemResponses} and the answers they hold, read from a
     * checked spec; {@link ItemNaming#NONE} when the items are the dataset's (named by their place).
     */
    default ItemNaming itemNaming(S spec, Collection<String> itemIds) {
        return ItemNaming.NONE;
    }

    /**
     * The items a learner may give a confidence for, one each (their ids as {@link #itemResponses}
     * reports them, in the order the learner meets them); empty when the type takes a confidence per
     * answer only. See {@link org.tnracademy.exercises.calibration.Confidence}.
     */
    default List<String> confidenceItems(S spec) {
        return List.of();
    }

    /** The picture files a checked spec shows, in spec order; none for types that show no pictures. */
    default List<PictureReference> pictures(S spec) {
        return List.of();
    }

    /**
     * The type's pool for per-learner variants ({@code policy.variants}, docs/content-format.md):
     * empty for types that cannot draw a variant, whose exercises then refuse the policy.
     */
    default Optional<ItemPool> itemPool() {
        return Optional.empty();
    }
}
