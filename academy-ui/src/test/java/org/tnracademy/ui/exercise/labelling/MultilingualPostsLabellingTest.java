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
        openTheExercise(Locale.ENGLISH);
        assertThat(test(languageFilter()).getSuggestions()).containsExactly("All languages", "Arabic", "Persian",
                "Russian", "Turkish", "Chinese");
    }

    @Test
    void inFrenchTheLanguagesAreNamedInFrench() {
        openTheExercise(Locale.FRENCH);
        assertThat(test(languageFilter()).getSuggestions()).contains("Arabe", "Persan", "Russe", "Turc", "Chinois");
    }

    @Test
    void choosingPersianShowsThePersianPostsOnly() {
        openTheExercise(Locale.ENGLISH);
        Grid<DatasetRow> grid = postsGrid();
        assertThat(test(grid).size()).isEqualTo(25);
        languageFilter().setValue("fa");
        assertThat(test(grid).size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(test(grid).getRow(i).lang()).isEqualTo("fa");
        }
    }

    @Test
    void backToAllLanguagesTheGridCountsEveryPostAgain() {
        openTheExercise(Locale.ENGLISH);

        languageFilter().setValue("ru");
        assertThat(test(postsGrid()).size()).isEqualTo(5);
        languageFilter().setValue("");
        assertThat(test(postsGrid()).size()).isEqualTo(25);
    }

    private void openTheExercise(Locale locale) {
        UI.getCurrent().setLocale(locale);
        navigate("exercises/" + exerciseId, ExerciseView.class);
    }

    @SuppressWarnings("unchecked")
    private Select<String> languageFilter() {
        return $(Select.class).id("dataset-language");
    }

    @SuppressWarnings("unchecked")
    private Grid<DatasetRow> postsGrid() {
        return $(Grid.class).id("dataset-grid");
    }
}
