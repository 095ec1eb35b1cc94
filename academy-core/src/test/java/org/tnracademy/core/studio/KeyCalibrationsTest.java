package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.agreement.Disagreement;

/**
 * Answer-key calibration of the test course's six-post labelling exercise (key: p1 doxing, p2
 * harassment, p3 benign, p4 doxing, p5 harassment, p6 benign): the calibrator gets nothing of the key
 * before saving, incomplete or unknown labels are refused, and the agreement is Cohen's kappa.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class KeyCalibrationsTest {

    @Autowired
    KeyCalibrations calibrations;
    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    ExerciseKeyStore keys;
    @Autowired
    AccountProvisioning provisioning;

    long exerciseId;

    @BeforeEach
    void ownCourse() {
        provisioning.ensure("calib-cleo", "Cleo", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("calib-dan", "Dan", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        provisioning.ensure("calib-lea", "Lea", "pw-1234567890", EnumSet.of(Role.LEARNER));
        CoursePack pack = new PackReader().read(new ClasspathPackSource("packs/test-course/",
                getClass().getClassLoader()));
        String slug = "calib-" + UUID.randomUUID().toString().substring(0, 8);
        importer.importPack(new CoursePack(slug, pack.version(), pack.level(), pack.title(), pack.summary(),
                pack.modules(), pack.contentHash()));
        SignedIn.as("calib-cleo", Role.INSTRUCTOR);
        CourseOutline outline = catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst()
                .orElseThrow();
        exerciseId = outline.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theCalibratorReceivesNoKeyLabelBeforeSaving() {
        CalibrationSheet sheet = calibrations.open(exerciseId);
        assertThat(sheet.keyVersion()).isEqualTo(1);
        assertThat(sheet.itemCount()).isEqualTo(6);
        assertThat(sheet.labels()).containsExactly("doxing", "harassment", "benign");
        assertThat(sheet.ownLabels()).isEmpty();
        assertThat(sheet.isSaved()).isFalse();
        // the sheet has no place for key labels at all
        assertThat(Arrays.stream(CalibrationSheet.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("exerciseId", "keyVersion", "labels", "itemCount", "ownLabels", "savedAt");
        assertThatThrownBy(() -> calibrations.agreement(exerciseId))
                .isInstanceOfSatisfying(CalibrationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CalibrationRefusedException.Reason.NOT_CALIBRATED));
    }

    /**
     * Calibration p1 doxing, p2 harassment, p3 benign, p4 harassment, p5 harassment, p6 doxing:
     * observed 4/6; key counts 2/2/2, calibration 2/3/1, expected (4 + 6 + 2)/36 = 1/3; kappa
     * (2/3 - 1/3) / (2/3) = 0.5.
     */
    @Test
    void savingGivesTheAgreementWithTheKeyAndTheItemsInDispute() {
        KeyAgreement agreement = calibrations.save(exerciseId, 1, answer("doxing", "harassment", "benign",
                "harassment", "harassment", "doxing"));

        assertThat(agreement.calibrator()).isEqualTo("calib-cleo");
        assertThat(agreement.keyVersion()).isEqualTo(1);
        assertThat(agreement.agreement().items()).isEqualTo(6);
        assertThat(agreement.agreement().observedAgreement()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(agreement.agreement().overall().value()).hasValueCloseTo(0.5, within(1e-12));
        assertThat(agreement.agreement().disagreements()).containsExactly(
                new Disagreement("p4", "doxing", "harassment"), new Disagreement("p6", "benign", "doxing"));
        assertThat(calibrations.agreement(exerciseId)).isEqualTo(agreement);
        assertThat(calibrations.open(exerciseId).ownLabels()).containsEntry("p4", "harassment").hasSize(6);
    }

    @Test
    void aSecondSaveReplacesTheFirstAndEachInstructorHasTheirOwn() {
        calibrations.save(exerciseId, 1, answer("doxing", "harassment", "benign", "harassment", "harassment",
                "doxing"));
        KeyAgreement again = calibrations.save(exerciseId, 1, answer("doxing", "harassment", "benign", "doxing",
                "harassment", "benign"));
        assertThat(again.agreement().overall().value()).hasValueCloseTo(1.0, within(1e-12));

        SignedIn.as("calib-dan", Role.INSTRUCTOR);
        assertThat(calibrations.open(exerciseId).ownLabels()).isEmpty();
        assertThatThrownBy(() -> calibrations.agreement(exerciseId)).isInstanceOf(CalibrationRefusedException.class);
    }

    @Test
    void anItemLeftUnlabelledIsRefusedNamingIt() {
        Map<String, Object> partial = Map.of("labels", Map.of("p1", "doxing", "p2", "benign"));
        assertThatThrownBy(() -> calibrations.save(exerciseId, 1, partial))
                .isInstanceOfSatisfying(CalibrationRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CalibrationRefusedException.Reason.ITEMS_UNLABELLED);
                    assertThat(e.items()).containsExactly("p3", "p4", "p5", "p6");
                    assertThat(e.getMessage()).isEqualTo("4 of 6 items have no label, first p3");
                });
        assertThat(calibrations.open(exerciseId).isSaved()).isFalse();
    }

    @Test
    void anUnknownItemOrLabelIsRefused() {
        Map<String, Object> tree = answer("doxing", "harassment", "benign", "doxing", "harassment", "spam");
        assertThatThrownBy(() -> calibrations.save(exerciseId, 1, tree))
                .isInstanceOfSatisfying(CalibrationRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CalibrationRefusedException.Reason.INVALID_LABELS);
                    assertThat(e.items()).containsExactly("p6");
                });
        Map<String, Object> stranger = new LinkedHashMap<>(answer("doxing", "harassment", "benign", "doxing",
                "harassment", "benign"));
        @SuppressWarnings("unchecked")
        Map<String, Object> labels = new LinkedHashMap<>((Map<String, Object>) stranger.get("labels"));
        labels.put("p99", "benign");
        assertThatThrownBy(() -> calibrations.save(exerciseId, 1, Map.of("labels", labels)))
                .isInstanceOfSatisfying(CalibrationRefusedException.class,
                        e -> assertThat(e.items()).containsExactly("p99"));
    }

    @Test
    void aCalibrationOfAKeyVersionNoLongerCurrentIsRefused() {
        CalibrationSheet opened = calibrations.open(exerciseId);
        keys.storeKeyVersion(exerciseId, Map.of("items", List.of(
                Map.of("item", "p1", "label", "doxing"), Map.of("item", "p2", "label", "harassment"),
                Map.of("item", "p3", "label", "benign"), Map.of("item", "p4", "label", "harassment"),
                Map.of("item", "p5", "label", "harassment"), Map.of("item", "p6", "label", "benign"))));
        assertThatThrownBy(() -> calibrations.save(exerciseId, opened.keyVersion(), answer("doxing", "harassment",
                "benign", "doxing", "harassment", "benign")))
                .isInstanceOfSatisfying(CalibrationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CalibrationRefusedException.Reason.KEY_CHANGED));
        assertThat(calibrations.open(exerciseId).keyVersion()).isEqualTo(2);
    }

    @Test
    void onlyInstructorsCalibrate() {
        SignedIn.as("calib-lea", Role.LEARNER);
        assertThatThrownBy(() -> calibrations.open(exerciseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calibrations.agreement(exerciseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calibrations.save(exerciseId, 1, answer("doxing", "harassment", "benign",
                "doxing", "harassment", "benign"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownExerciseIsRefused() {
        assertThatThrownBy(() -> calibrations.open(Long.MAX_VALUE))
                .isInstanceOfSatisfying(CalibrationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CalibrationRefusedException.Reason.UNKNOWN_EXERCISE));
    }

    /** The workspace's answer tree for p1..p6 in order. */
    private static Map<String, Object> answer(String... labels) {
        Map<String, Object> byItem = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            byItem.put("p" + (i + 1), labels[i]);
        }
        return Map.of("labels", byItem);
    }
}
