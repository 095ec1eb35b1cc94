package org.tnracademy.core.studio;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.agreement.CohensKappa;
import org.tnracademy.exercises.labelling.LabellingAnswer;
import org.tnracademy.exercises.labelling.LabellingKey;
import org.tnracademy.exercises.labelling.LabellingSpec;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.labelling.LabellingType;
import tools.jackson.core.type.TypeReference;

/**
 * Answer-key calibration of item-labelling exercises: a second instructor labels the dataset in
 * the learners' workspace without seeing the key, saves, and only then sees how the labels agree
 * with the key (Cohen's kappa overall and per label, and the items they disagree on). Nothing the
 * calibrator receives before saving carries a key label; the comparison is refused until the
 * caller has a calibration of the current key version.
 */
@Service
public class KeyCalibrations {

    private static final TypeReference<LinkedHashMap<String, String>> LABELS = new TypeReference<>() {
    };

    private final CatalogService catalog;
    private final ExerciseKeyStore keys;
    private final DatasetService datasets;
    private final KeyCalibrationRepository calibrations;
    private final TransactionTemplate tx;

    KeyCalibrations(CatalogService catalog, ExerciseKeyStore keys, DatasetService datasets,
                    KeyCalibrationRepository calibrations, TransactionTemplate tx) {
        this.catalog = catalog;
        this.keys = keys;
        this.datasets = datasets;
        this.calibrations = calibrations;
        this.tx = tx;
    }

    /** What the calibrator works from: the current key version's number, the labels, their own saved labels. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public CalibrationSheet open(long exerciseId) {
        Exercise exercise = exercise(exerciseId);
        Optional<KeyCalibration> own = own(exerciseId, exercise.keyVersion());
        return new CalibrationSheet(exerciseId, exercise.keyVersion(), exercise.spec().labels(),
                exercise.items().size(), own.map(c -> labels(c)).orElse(Map.of()),
                own.map(c -> c.savedAt).orElse(null));
    }

    /**
     * Saves the caller's labels as their calibration of the key version they opened, replacing an
     * earlier save of theirs for that version, and returns the agreement with the key.
     *
     * @param keyVersion the key version the calibrator opened ({@link CalibrationSheet#keyVersion()})
     * @param answerTree the labelling workspace's answer, {@code {labels: {item: label}}}
     * @throws CalibrationRefusedException when the key changed since it was opened, a label or item
     *                                     is unknown, or an item is left unlabelled
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public KeyAgreement save(long exerciseId, int keyVersion, Map<String, Object> answerTree) {
        Exercise exercise = exercise(exerciseId);
        if (exercise.keyVersion() != keyVersion) {
            throw new CalibrationRefusedException(CalibrationRefusedException.Reason.KEY_CHANGED,
                    "The key of exercise " + exerciseId + " is at version " + exercise.keyVersion()
                            + " now, not " + keyVersion + ": calibrate the new version");
        }
        Map<String, String> labels = readLabels(exercise, answerTree);
        String calibrator = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String json = Json.write(labels);
        Runnable store = () -> tx.executeWithoutResult(status -> {
            Optional<KeyCalibration> existing = own(exerciseId, keyVersion);
            if (existing.isPresent()) {
                existing.get().labels = json;
                existing.get().savedAt = now;
                calibrations.saveAndFlush(existing.get());
            } else {
                calibrations.saveAndFlush(new KeyCalibration(exerciseId, keyVersion, calibrator, json, now));
            }
        });
        try {
            store.run();
        } catch (DataIntegrityViolationException raced) {
            // the same instructor's first save from another tab landed at the same moment: save over it
            store.run();
        }
        return agreement(exerciseId);
    }

    /**
     * How the caller's saved calibration of the current key version agrees with that key.
     *
     * @throws CalibrationRefusedException NOT_CALIBRATED until the caller has saved one for this key version
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public KeyAgreement agreement(long exerciseId) {
        Exercise exercise = exercise(exerciseId);
        KeyCalibration own = own(exerciseId, exercise.keyVersion()).orElseThrow(() ->
                new CalibrationRefusedException(CalibrationRefusedException.Reason.NOT_CALIBRATED,
                        "Save your own labels of key version " + exercise.keyVersion()
                                + " before comparing them with the key"));
        GradingMaterial material = keys.material(exerciseId, own.keyVersion).orElseThrow();
        LabellingType type = labellingType();
        LabellingKey key = type.readKey(exercise.spec(), material.keyTree());
        Map<String, String> keyLabels = new LinkedHashMap<>();
        key.entries().forEach((item, entry) -> keyLabels.put(item, entry.label()));
        return new KeyAgreement(exerciseId, own.keyVersion, own.calibrator, own.savedAt,
                CohensKappa.of(exercise.spec().labels(), keyLabels, labels(own)));
    }

    private Map<String, String> readLabels(Exercise exercise, Map<String, Object> answerTree) {
        LabellingAnswer answer;
        try {
            AnswerLimits.check(answerTree);
            answer = labellingType().readAnswer(exercise.spec(), answerTree == null ? Map.of() : answerTree);
        } catch (InvalidAnswerException invalid) {
            throw new CalibrationRefusedException(CalibrationRefusedException.Reason.INVALID_LABELS,
                    invalid.getMessage());
        }
        List<String> unknownItems = new ArrayList<>();
        List<String> unknownLabels = new ArrayList<>();
        // a set: looking each labelled item up in the dataset's list would be quadratic
        Set<String> datasetItems = new HashSet<>(exercise.items());
        answer.labelByItem().forEach((item, label) -> {
            if (!datasetItems.contains(item)) {
                unknownItems.add(item);
            } else if (label == null || !exercise.spec().labels().contains(label)) {
                unknownLabels.add(item);
            }
        });
        if (!unknownItems.isEmpty() || !unknownLabels.isEmpty()) {
            List<String> items = new ArrayList<>(unknownItems);
            items.addAll(unknownLabels);
            throw new CalibrationRefusedException(CalibrationRefusedException.Reason.INVALID_LABELS,
                    (unknownItems.isEmpty() ? "" : "not items of the dataset: " + unknownItems + "; ")
                            + (unknownLabels.isEmpty() ? "" : "items with a label not in the exercise: "
                            + unknownLabels), items);
        }
        // every item, in dataset order: kappa over part of the dataset would not calibrate the key
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> unlabelled = new ArrayList<>();
        for (String item : exercise.items()) {
            String label = answer.labelByItem().get(item);
            if (label == null) {
                unlabelled.add(item);
            } else {
                labels.put(item, label);
            }
        }
        if (!unlabelled.isEmpty()) {
            throw new CalibrationRefusedException(CalibrationRefusedException.Reason.ITEMS_UNLABELLED,
                    unlabelled.size() + " of " + exercise.items().size() + " items have no label, first "
                            + unlabelled.getFirst(), unlabelled);
        }
        return labels;
    }

    private Optional<KeyCalibration> own(long exerciseId, int keyVersion) {
        String calibrator = SecurityContextHolder.getContext().getAuthentication().getName();
        return calibrations.findByExerciseIdAndKeyVersionAndCalibrator(exerciseId, keyVersion, calibrator);
    }

    private static Map<String, String> labels(KeyCalibration calibration) {
        return Json.read(calibration.labels, LABELS);
    }

    private Exercise exercise(long exerciseId) {
        ExerciseSheet sheet = catalog.exercise(exerciseId, Locale.ENGLISH).orElseThrow(() ->
                new CalibrationRefusedException(CalibrationRefusedException.Reason.UNKNOWN_EXERCISE,
                        "No exercise with id " + exerciseId));
        // calibration compares labellings of a dataset: it is the labelling type's own feature
        if (!(ExerciseTypes.get(sheet.type()) instanceof LabellingType) || sheet.datasetId() == null) {
            throw new CalibrationRefusedException(CalibrationRefusedException.Reason.NOT_ITEM_LABELLING,
                    "Exercise " + sheet.slug() + " is a " + sheet.type()
                            + " exercise: only item-labelling exercises with a dataset are calibrated");
        }
        int keyVersion = keys.material(exerciseId).orElseThrow().keyVersion();
        return new Exercise(sheet.spec(LabellingSpec.class), keyVersion, datasets.itemKeys(sheet.datasetId()));
    }

    /** Calibration is the labelling type's own feature: it reads labellings as that type's answers. */
    private static final LabellingType LABELLING = new LabellingType();

    private static LabellingType labellingType() {
        return LABELLING;
    }

    /** What calibration needs of an exercise, key excluded. */
    private record Exercise(LabellingSpec spec, int keyVersion, List<String> items) {
    }
}
