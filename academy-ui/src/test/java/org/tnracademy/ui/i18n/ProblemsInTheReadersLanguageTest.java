package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tnracademy.core.packs.DirectoryPackSource;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * A French instructor or analyst reads the problems of the pack reader, the validators and the
 * graders in French: the same problems, worded from their codes, never the English reason.
 */
class ProblemsInTheReadersLanguageTest {

    private final AcademyI18NProvider provider = new AcademyI18NProvider();

    @Test
    void aBadPackUploadIsExplainedInFrench(@TempDir Path dir) throws IOException {
        write(dir, "course.yaml", """
                id: t
                version: 1
                level: beginner
                title: {en: "T"}
                summary: {en: "S"}
                modules:
                  - id: m
                    title: {en: "M"}
                    items:
                      - lesson: intro
                      - exercise: ex
                """);
        write(dir, "exercises/ex.yaml", "id: ex\ntitle: {en: \"unterminated\n");

        List<PackProblem> problems = catchThrowableOfType(PackValidationException.class,
                () -> new PackReader().read(new DirectoryPackSource(dir))).problems();

        assertThat(problems).extracting(p -> p.file() + ":" + p.line() + ": " + french(p))
                .contains("lessons/intro.en.md:0: Le fichier anglais de la leçon manque (l’anglais est obligatoire).",
                        "exercises/ex.yaml:2: Le fichier n’est pas du YAML valide à cette ligne.");
        assertThat(problems).extracting(PackProblem::reason)
                .as("the English reasons stay for logs and the command line")
                .contains("lesson file is missing (English is required)");
    }

    @Test
    void aSpecFormErrorInTheStudioIsExplainedInFrench() {
        Map<String, Object> spec = Map.of("items", List.of("acct-01", "acct-01"), "metric", "f1", "extra", 1);

        List<SpecProblem> problems = catchThrowableOfType(InvalidSpecException.class,
                () -> ExerciseTypes.get("set-selection").readSpec(spec)).problems();

        assertThat(problems).extracting(p -> p.field() + " : " + provider.getTranslation(p.message().code().key(),
                Locale.FRENCH, p.message().args().toArray()))
                .contains("extra : Ce champ est inconnu ici (faute de frappe ?). Les champs acceptés sont : items, metric.",
                        "items[1] : « acct-01 » apparaît deux fois.");
    }

    @Test
    void aLearnersRefusedAnswerIsExplainedInFrench() {
        var type = ExerciseTypes.get("set-selection");
        Object spec = type.readSpec(Map.of("items", List.of("acct-01", "acct-02"), "metric", "f1"));

        List<AnswerProblem> problems = catchThrowableOfType(InvalidAnswerException.class,
                () -> readAnswer(type, spec, Map.of("chosen", List.of("acct-09", 7)))).problems();

        assertThat(problems).extracting(p -> ProblemTexts.of(provider, Locale.FRENCH, p.message())).containsExactly(
                "Un texte est attendu, et non le nombre 7. Mettez la valeur entre guillemets pour la garder comme texte.",
                "« acct-09 » ne fait pas partie de cet exercice.");
        assertThat(problems).extracting(p -> ProblemTexts.of(provider, Locale.ENGLISH, p.message())).containsExactly(
                "Expected a text, found the number 7. Put the value in quotes to keep it as text.",
                "“acct-09” is not part of this exercise.");
    }

    @SuppressWarnings("unchecked")
    private static <S> Object readAnswer(org.tnracademy.exercises.ExerciseType<S, ?, ?> type, Object spec,
                                         Map<String, Object> tree) {
        return type.readAnswer((S) spec, tree);
    }

    private String french(PackProblem p) {
        return ProblemTexts.of(provider, Locale.FRENCH, p.message());
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
