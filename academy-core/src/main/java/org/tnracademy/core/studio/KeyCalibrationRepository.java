package org.tnracademy.core.studio;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyCalibrationRepository extends JpaRepository<KeyCalibration, Long> {

    Optional<KeyCalibration> findByExerciseIdAndKeyVersionAndCalibrator(long exerciseId, int keyVersion,
                                                                        String calibrator);
}
