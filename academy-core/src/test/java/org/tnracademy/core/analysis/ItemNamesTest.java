package org.tnracademy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.labelling.LabellingType;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpanCategory;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.spans.SpansType;

/** Items and answers named as people read them, never by the ids of spec, dataset or results. */
class ItemNamesTest {

    @Test
    void datasetItemsAreNamedByTheirPlaceInTheDatasetAndLabelsByTheirTitles() {
        ItemNames names = ItemNames.of(LabellingType.ID, null, List.of("item-0042", "item-0007"),
                Map.of("harassment", LocalizedText.of("Harassment", "Harcèlement")),
                List.of("item-0001", "item-0007", "item-0042"));

        assertThat(names.item("item-0042")).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(ItemNames.Kind.POST);
            assertThat(n.position()).isEqualTo(3);
        });
        assertThat(names.item("item-0007").orElseThrow().position()).isEqualTo(2);
        assertThat(names.answer("harassment").orElseThrow().in(Locale.FRENCH)).isEqualTo("Harcèlement");
        assertThat(names.item("item-9999")).as("an item no longer in the dataset").isEmpty();
    }

    @Test
    void aKeySpanIsNamedByItsPostsPlaceAndTheTextItCovers() {
        SpansSpec spec = new SpansSpec(List.of(new SpanCategory("threat", LocalizedText.of("Threat", "Menace"))),
                List.of(new Post("p-first", "Hello there"), new Post("p-second", "We know where you live")),
                SpansSpec.DEFAULT_MIN_OVERLAP);
        String spanId = "p-second:8-22 where you live";

        ItemNames names = ItemNames.of(SpansType.ID, spec, List.of(spanId), Map.of(), List.of());

        ItemNames.ItemName name = names.item(spanId).orElseThrow();
        assertThat(name.kind()).isEqualTo(ItemNames.Kind.SPAN);
        assertThat(name.position()).isEqualTo(2);
        assertThat(name.text().in(Locale.ENGLISH)).isEqualTo("where you live");
        assertThat(names.answer("threat").orElseThrow().in(Locale.ENGLISH)).isEqualTo("Threat");
    }
}
