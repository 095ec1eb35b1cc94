package org.tnracademy.core.studio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One instructor's independent labelling of an item-labelling exercise's dataset, made against one
 * key version: the labels as JSON {@code {item: label}}.
 */
@Entity
@Table(name = "key_calibration")
class KeyCalibration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_calibration_seq")
    @SequenceGenerator(name = "key_calibration_seq", sequenceName = "key_calibration_seq", allocationSize = 50)
    Long id;

    @Column(name = "exercise_id", nullable = false)
    long exerciseId;

    @Column(name = "key_version", nullable = false)
    int keyVersion;

    @Column(nullable = false)
    String calibrator;

    @Column(nullable = false)
    String labels;

    @Column(name = "saved_at", nullable = false)
    Instant savedAt;

    protected KeyCalibration() {
    }

    KeyCalibration(long exerciseId, int keyVersion, String calibrator, String labels, Instant savedAt) {
        this.exerciseId = exerciseId;
        this.keyVersion = keyVersion;
        this.calibrator = calibrator;
        this.labels = labels;
        this.savedAt = savedAt;
    }
}
