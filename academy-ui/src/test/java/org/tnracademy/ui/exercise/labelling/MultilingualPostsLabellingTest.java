package org.tnracademy.ui.exercise.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.ui.exercise.ExerciseView;

/**
 * The starter pack's posts in Chinese, Russian, Persian, Arabic and Turkish: the labelling
 * workspace's language filter offers the languages the dataset holds, named in the learner's
 * language, and narrows the grid to one of them.
 */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class MultilingualPostsLabellingTest extends SpringBrowserlessTest {

    @Autowired
    CatalogService catalog;

    long exerciseId;

    @BeforeEach
    void findTheExercise() {
        exerciseId = catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals("label-multilingual-posts")).findFirst().orElseThrow().id();
    }

    @Test
    void theLanguageFilterOffersTheDatasetsLanguagesByName() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("exercises/" + exerciseId, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("dataset-language");
        assertThat(test(language).getSuggestions()).containsExactly("All languages", "Arabic", "Persian", "Russian",
                "Turkish", "Chinese");
    }

    @Test
    void inFrenchTheLanguagesAreNamedInFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("exercises/" + exerciseId, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("dataset-language");
        assertThat(test(language).getSuggestions()).contains("Arabe", "Persan", "Russe", "Turc", "Chinois");
    }

    @Test
    void choosingPersianShowsThePersianPostsOnly() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("exercises/" + exerciseId, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        assertThat(test(grid).size()).isEqualTo(25);
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("dataset-language");
        language.setValue("fa");
        assertThat(test(grid).size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(test(grid).getRow(i).lang()).isEqualTo("fa");
        }
    }

    @Test
    void backToAllLanguagesTheGridCountsEveryPostAgain() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("exercises/" + exerciseId, ExerciseView.class);
        @SuppressWarnings("unchecked")
        Grid<DatasetRow> grid = $(Grid.class).id("dataset-grid");
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("dataset-language");

        language.setValue("ru");
        assertThat(test(grid).size()).isEqualTo(5);
        language.setValue("");
        assertThat(test(grid).size()).isEqualTo(25);
    }
}
