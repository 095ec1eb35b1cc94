package org.tnracademy.core.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerKeyRepository extends JpaRepository<AnswerKey, AnswerKey.Ref> {

    Optional<AnswerKey> findByExerciseIdAndKeyVersion(long exerciseId, int keyVersion);

    List<AnswerKey> findByExerciseIdOrderByKeyVersionDesc(long exerciseId);
}
