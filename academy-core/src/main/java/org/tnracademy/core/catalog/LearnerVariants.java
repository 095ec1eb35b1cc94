package org.tnracademy.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.VariantDraw;
import org.tnracademy.exercises.variant.VariantPolicy;
import org.tnracademy.exercises.variant.VariantTrees;
import tools.jackson.core.type.TypeReference;

/**
 * Each learner's variant of an exercise whose policy gives variants (docs/content-format.md,
 * "Per-learner variants"). A variant is drawn from the exercise's seed, the key version current at
 * the draw and the learner's account id ({@link VariantDraw}), the first time anything needs it
 * (the learner opens the exercise, submits, or an instructor previews it), and is then <em>stored</em>
 * and never drawn again: a regrade after a key change (which may move posts between labels, and so
 * between strata) grades the learner's attempts on the very items they were shown, with the new key
 * restricted to them. Callers decide whose variant they may ask for: learners their own (grading,
 * the catalogue), instructors any (preview); this component is internal to the core.
 */
@Component
public class LearnerVariants {

    private static final TypeReference<List<String>> ITEMS = new TypeReference<>() { };

    private final ExerciseRepository exercises;
    private final LearnerVariantRepository variants;
    private final ExerciseKeyStore keys;
    private final DatasetService datasets;
    private final TransactionTemplate drawTx;

    LearnerVariants(ExerciseRepository exercises, LearnerVariantRepository variants, ExerciseKeyStore keys,
                    DatasetService datasets, PlatformTransactionManager txManager) {
        this.exercises = exercises;
        this.variants = variants;
        this.keys = keys;
        this.datasets = datasets;
        this.drawTx = new TransactionTemplate(txManager);
        // a variant is stored even from a read-only caller (a page being shown), in a short transaction of its own
        this.drawTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the exercise gives each learner a variant. */
    public boolean on(long exerciseId) {
        return exercises.findById(exerciseId).map(e -> e.variantPolicy().on()).orElse(false);
    }

    /**
     * The learner's variant: its items in order; empty when the exercise gives none. Drawn and
     * stored at the first call for this learner; the same list every time after, on every node.
     */
    public Optional<List<String>> items(long exerciseId, long learnerId) {
        Optional<Exercise> exercise = exercises.findById(exerciseId).filter(e -> e.variantPolicy().on());
        if (exercise.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> stored = stored(exerciseId, learnerId);
        if (stored.isPresent()) {
            return stored;
        }
        GradingMaterial material = keys.material(exerciseId).orElseThrow();
        List<String> drawn = draw(exercise.get(), material, learnerId);
        try {
            drawTx.executeWithoutResult(s -> variants.saveAndFlush(new LearnerVariant(exerciseId, learnerId,
                    material.keyVersion(), Json.write(drawn), Instant.now())));
            return Optional.of(drawn);
        } catch (DataIntegrityViolationException sameMoment) {
            // another tab or node stored it first (unique exercise and learner): that one is the variant
            return stored(exerciseId, learnerId);
        }
    }

    /** The learner's variant if one was drawn and stored at an earlier visit; never draws one. */
    public Optional<List<String>> stored(long exerciseId, long learnerId) {
        return variants.findByExerciseIdAndLearnerId(exerciseId, learnerId).map(v -> Json.read(v.items(), ITEMS));
    }

    /**
     * Sample variant number {@code number} (1, 2, ...) for an instructor's preview: drawn as for a
     * learner whose id is {@code -number} (no account has one), under the current key, never stored.
     */
    public Optional<List<String>> sample(long exerciseId, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("sample variants are numbered from 1, was " + number);
        }
        return exercises.findById(exerciseId).filter(e -> e.variantPolicy().on())
                .map(e -> draw(e, keys.material(exerciseId).orElseThrow(), -number));
    }

    /** The items of a learner's variant or of a sample one; empty when the exercise gives none. */
    public Optional<List<String>> items(long exerciseId, VariantSubject subject) {
        return subject.learnerId() != null ? items(exerciseId, subject.learnerId()) : sample(exerciseId, subject.sample());
    }

    /** The material restricted to a learner's or a sample variant; unchanged when off. */
    public GradingMaterial forSubject(GradingMaterial material, VariantSubject subject) {
        return items(material.exerciseId(), subject)
                .map(items -> restricted(material, material.keyTree(), items))
                .orElse(material);
    }

    /** The spec tree restricted to these items of the exercise's pool, as a sheet shows it. */
    Map<String, Object> specOf(String typeId, Map<String, Object> specTree, List<String> items) {
        return pool(typeId).restrict(specTree, Map.of(), items).specTree();
    }

    /** The material restricted to the learner's variant (spec and key of its items); unchanged when off. */
    public GradingMaterial forLearner(GradingMaterial material, long learnerId) {
        return items(material.exerciseId(), learnerId)
                .map(items -> restricted(material, material.keyTree(), items))
                .orElse(material);
    }

    /**
     * The spec and a key (such as a regrade's new one) restricted to the learner's stored variant;
     * the trees as given when the exercise gives no variants.
     */
    public VariantTrees restrict(GradingMaterial material, Map<String, Object> keyTree, long learnerId) {
        return items(material.exerciseId(), learnerId)
                .map(items -> pool(material.type()).restrict(material.specTree(), keyTree, items))
                .orElseGet(() -> new VariantTrees(material.specTree(), keyTree, List.of()));
    }

    /**
     * What a candidate key (a regrade's) would do to the variants learners already hold: a stored
     * variant is never drawn again, so a key that moves its last item of the set (or its last span,
     * or hit) out would leave that learner an exercise their type cannot read, and their next grading
     * would fail. One problem counting such variants, or none; none when the exercise gives no variants.
     */
    public List<SpecProblem> unreadableUnder(GradingMaterial material, Map<String, Object> keyTree) {
        if (!material.policy().variants().on()) {
            return List.of();
        }
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(material.type());
        ItemPool pool = pool(material.type());
        int unreadable = 0;
        String firstField = null;
        for (LearnerVariant stored : variants.findByExerciseId(material.exerciseId())) {
            VariantTrees trees = pool.restrict(material.specTree(), keyTree, Json.read(stored.items(), ITEMS));
            try {
                type.check(trees.specTree(), trees.keyTree());
            } catch (InvalidSpecException e) {
                unreadable++;
                if (firstField == null) {
                    firstField = e.problems().getFirst().field();
                }
            }
        }
        if (unreadable == 0) {
            return List.of();
        }
        return List.of(SpecProblem.of("policy.variants", "under this key, " + unreadable
                        + " learners' stored variants would not be exercises of type " + type.id() + " (" + firstField
                        + "); keep in the key what every variant needs, such as an item of the set",
                VariantProblem.KEY_BREAKS_VARIANTS, unreadable, firstField));
    }

    /** The type's pool; a variant exercise's type always has one (the pack reader refuses others). */
    static ItemPool pool(String typeId) {
        return ExerciseTypes.get(typeId).itemPool().orElseThrow(() ->
                new IllegalStateException("Exercise type " + typeId + " draws no variants"));
    }

    private static GradingMaterial restricted(GradingMaterial m, Map<String, Object> keyTree, List<String> items) {
        VariantTrees t = pool(m.type()).restrict(m.specTree(), keyTree, items);
        return new GradingMaterial(m.exerciseId(), m.type(), m.version(), m.title(), m.policy(), t.specTree(),
                m.keyVersion(), t.keyTree(), t.items());
    }

    private List<String> draw(Exercise e, GradingMaterial material, long learnerId) {
        VariantPolicy policy = e.variantPolicy();
        List<String> datasetItems = e.datasetId == null ? List.of() : datasets.itemKeys(e.datasetId);
        var pool = pool(e.type).pool(material.specTree(), material.keyTree(), datasetItems, policy.stratifyBy());
        return VariantDraw.draw(policy, pool, material.keyVersion(), learnerId);
    }
}
