package org.tnracademy.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.LocalizedText;

class LocalizedTextConverterTest {

    private final LocalizedTextConverter converter = new LocalizedTextConverter();

    @Test
    void aTextWrittenOutReadsBackInEveryLanguage() {
        LocalizedText title = LocalizedText.of("Doxing basics", "Les bases du doxing");

        LocalizedText read = converter.convertToEntityAttribute(converter.convertToDatabaseColumn(title));

        assertThat(read).isEqualTo(title);
        assertThat(read.in(Locale.FRENCH)).isEqualTo("Les bases du doxing");
    }

    @Test
    void theSameColumnReadTwiceGivesTheTextReadTheFirstTime() {
        String column = "{\"en\":\"Threats to family\",\"fr\":\"Menaces contre la famille\"}";

        LocalizedText first = converter.convertToEntityAttribute(column);

        assertThat(converter.convertToEntityAttribute(column)).isSameAs(first);
    }

    @Test
    void aLongColumnIsReadEachTimeAndNotKept() {
        String column = "{\"en\":\"" + "a".repeat(LocalizedTextConverter.REMEMBERED_LENGTH) + "\"}";

        LocalizedText first = converter.convertToEntityAttribute(column);
        LocalizedText second = converter.convertToEntityAttribute(column);

        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }

    @Test
    void keptTextsNeverExceedTheirBound() {
        for (int i = 0; i <= LocalizedTextConverter.REMEMBERED_TEXTS + 10; i++) {
            converter.convertToEntityAttribute("{\"en\":\"Exercise " + i + "\"}");
            assertThat(LocalizedTextConverter.remembered()).isLessThanOrEqualTo(LocalizedTextConverter.REMEMBERED_TEXTS);
        }
        assertThat(converter.convertToEntityAttribute("{\"en\":\"Exercise 3\"}").in(Locale.ENGLISH))
                .isEqualTo("Exercise 3");
    }

    @Test
    void aColumnThatIsNotJsonIsRefusedAndNotKept() {
        int before = LocalizedTextConverter.remembered();

        assertThatThrownBy(() -> converter.convertToEntityAttribute("{\"en\": unfinished"))
                .isInstanceOf(RuntimeException.class);
        assertThat(LocalizedTextConverter.remembered()).isLessThanOrEqualTo(before);
    }

    @Test
    void noColumnIsNoText() {
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
