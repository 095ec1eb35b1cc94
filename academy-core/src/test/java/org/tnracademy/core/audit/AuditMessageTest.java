package org.tnracademy.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.LocalizedText;

/** An audit message keeps what it says through the database: texts, counts and titles by language. */
class AuditMessageTest {

    @Test
    void titlesCountsAndTextsComeBackAsTheyWereStored() {
        LocalizedText title = new LocalizedText(Map.of("en", "Doxing basics", "fr", "Les bases du doxing"));
        AuditMessage message = AuditMessage.of("course-published", title, 3, 2L, "yes");

        AuditMessage read = AuditMessage.read(message.code(), message.argumentsJson());

        assertThat(read.code()).isEqualTo("course-published");
        assertThat(read.arguments()).containsExactly(title, 3L, 2L, "yes");
    }

    @Test
    void aRoleSetOrAVersionIsKeptAsItsTextAndALongTextIsBounded() {
        AuditMessage message = AuditMessage.of("x-y", List.of("A"), "z".repeat(1000), null);

        assertThat(message.arguments().get(0)).isEqualTo("[A]");
        assertThat((String) message.arguments().get(1)).hasSize(400);
        assertThat(message.arguments().get(2)).isEqualTo("");
    }

    @Test
    void aCodeMustBeLowerCaseWordsAndArgumentsAreFew() {
        assertThatThrownBy(() -> AuditMessage.of("Course Created")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Course Created");
        assertThatThrownBy(() -> new AuditMessage("many", Collections.nCopies(13, "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 12");
    }
}
