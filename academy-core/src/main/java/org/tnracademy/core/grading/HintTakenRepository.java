package org.tnracademy.core.grading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HintTakenRepository extends JpaRepository<HintTaken, Long> {

    List<HintTaken> findByExerciseIdAndLearnerId(long exerciseId, long learnerId);
}
