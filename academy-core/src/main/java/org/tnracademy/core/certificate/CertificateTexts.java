package org.tnracademy.core.certificate;

/**
 * The words of a completion certificate in the reader's language, given by the caller: the core
 * does not hold the interface's texts. Labels are printed followed by their value.
 */
public record CertificateTexts(String title, String certifies, String hasCompleted, String completedOn,
                               String score, String verificationId, String verifyAt) {

    public static final CertificateTexts ENGLISH = new CertificateTexts("Certificate of completion",
            "This certifies that", "has completed the course", "Completed on", "Score", "Verification id",
            "Verify at");
}
