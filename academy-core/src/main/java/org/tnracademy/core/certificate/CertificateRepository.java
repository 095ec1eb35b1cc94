package org.tnracademy.core.certificate;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByAccountIdAndCourseId(long accountId, long courseId);

    Optional<Certificate> findByVerificationId(String verificationId);
}
