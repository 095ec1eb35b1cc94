package org.tnracademy.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationIdTest {

    @Test
    void generatedIdsAreTwentyBase32CharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = VerificationId.generate();
            assertThat(id).matches("[A-Z2-7]{20}");
            assertThat(seen.add(id)).as("100 random bits do not repeat in 10,000 draws").isTrue();
        }
    }

    @Test
    void whatSomeoneTypesIsReadIgnoringCaseSpacesAndHyphens() {
        assertThat(VerificationId.canonical("abcde-fghij klmno-pqrs7")).contains("ABCDEFGHIJKLMNOPQRS7");
        assertThat(VerificationId.grouped("ABCDEFGHIJKLMNOPQRS7")).isEqualTo("ABCDE-FGHIJ-KLMNO-PQRS7");
    }

    @Test
    void textThatCannotBeAnIdIsRefused() {
        assertThat(VerificationId.canonical("ABCDE-FGHIJ-KLMNO-PQRS")).as("too short").isEmpty();
        assertThat(VerificationId.canonical("ABCDE-FGHIJ-KLMNO-PQRS77")).as("too long").isEmpty();
        assertThat(VerificationId.canonical("ABCDE-FGHIJ-KLMNO-PQRS1")).as("1 is not base32").isEmpty();
        assertThat(VerificationId.canonical("")).isEmpty();
        assertThat(VerificationId.canonical(null)).isEmpty();
        assertThat(VerificationId.canonical("-".repeat(65))).as("bounded before reading").isEmpty();
    }
}
