package org.tnracademy.ui.studio.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Every exercise of the starter pack, of all ten types, goes through its spec and key forms and
 * comes back as it was (comments aside), first with its entries closed, then with every entry opened
 * so each field's editor has read and rewritten its value; the type accepts what comes back.
 */
@SpringBootTest
class ShapeFormStarterPackTest extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    static List<StarterPackTrees> exercises() throws IOException {
        return StarterPackTrees.all();
    }

    @Test
    void theStarterPackHasExercisesOfEveryType() throws IOException {
        Set<String> types = new TreeSet<>();
        exercises().forEach(e -> types.add(e.type()));
        assertThat(types).containsExactlyInAnyOrderElementsOf(ExerciseTypes.ids())
                .containsExactlyInAnyOrderElementsOf(ExerciseShapes.typeIds());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void specAndKeyComeBackUnchangedAndTheTypeAcceptsThem(StarterPackTrees exercise) {
        ShapeForm specForm = new ShapeForm(ExerciseShapes.spec(exercise.type()));
        ShapeForm keyForm = new ShapeForm(ExerciseShapes.key(exercise.type()));
        UI.getCurrent().add(specForm, keyForm);
        specForm.setTree(exercise.spec());
        keyForm.setSpecTree(exercise.spec());
        keyForm.setTree(exercise.key());

        assertThat(specForm.tree()).isEqualTo(exercise.spec());
        assertThat(keyForm.tree()).isEqualTo(exercise.key());
        assertThat(specForm.inputProblems()).isEmpty();
        assertThat(keyForm.inputProblems()).isEmpty();

        int opened = FormWalk.openEverything(specForm.root()) + FormWalk.openEverything(keyForm.root());
        assertThat(opened).isPositive();
        assertThat(specForm.tree()).isEqualTo(exercise.spec());
        assertThat(keyForm.tree()).isEqualTo(exercise.key());
        assertThat(specForm.inputProblems()).isEmpty();
        assertThat(keyForm.inputProblems()).isEmpty();
        assertThatCode(() -> ExerciseTypes.get(exercise.type()).check(specForm.tree(), keyForm.tree()))
                .doesNotThrowAnyException();
    }
}
