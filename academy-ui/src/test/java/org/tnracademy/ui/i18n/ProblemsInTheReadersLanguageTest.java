package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tnracademy.core.packs.DirectoryPackSource;
import org.tnracademy.core.packs.PackFileValidator;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.packs.ZipPackSource;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * A French or Japanese instructor or analyst reads the problems of the pack reader, the validators
 * and the graders in their language: the same problems, worded from their codes, never the English
 * reason.
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

    @Test
    void aTypesOwnKeyProblemIsExplainedInFrenchAndJapanese() {
        var type = ExerciseTypes.get("account-attribution");
        Object spec = type.readSpec(Map.of("accounts", List.of("@ash_syn", "@bo_syn", "@cy_syn")));
        Map<String, Object> key = Map.of("operators", List.of(Map.of("accounts", List.of("@ash_syn", "@bo_syn")),
                Map.of("accounts", List.of("@ash_syn"))));

        SpecProblem problem = catchThrowableOfType(InvalidSpecException.class, () -> readKey(type, spec, key))
                .problems().getFirst();

        assertThat(problem.field()).isEqualTo("operators[1].accounts[0]");
        assertThat(ProblemTexts.of(provider, Locale.FRENCH, problem.message()))
                .isEqualTo("« @ash_syn » est déjà géré par un autre opérateur.");
        assertThat(ProblemTexts.of(provider, Locale.JAPANESE, problem.message()))
                .isEqualTo("「@ash_syn」はすでに別の運用者が運用しています。");
        assertThat(problem.reason()).isEqualTo("'@ash_syn' is run by another operator already");
    }

    @Test
    void aZipEntryClimbingOutOfThePackIsExplainedInFrenchAndJapanese(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("pack.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("../course.yaml"));
            out.write("id: t\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        PackProblem problem = catchThrowableOfType(PackValidationException.class, () -> ZipPackSource.open(zip))
                .problems().getFirst();

        assertThat(problem.file()).isEqualTo("../course.yaml");
        assertThat(french(problem)).isEqualTo("Les chemins ne peuvent pas sortir du paquet (« .. »).");
        assertThat(japanese(problem)).isEqualTo("パスでパックの外に出ることはできません（「..」）。");
        assertThat(problem.reason()).isEqualTo("paths may not climb out of the pack ('..')");
    }

    @Test
    void anUnsafeSvgAndBrokenJsonAreExplainedInFrenchAndJapanese(@TempDir Path dir) throws IOException {
        write(dir, "images/map.svg", """
                <svg xmlns="http://www.w3.org/2000/svg">
                  <script>alert(1)</script>
                  <rect width="1" height="1" onclick="steal()"/>
                </svg>
                """);
        write(dir, "datasets/posts.json", "{\n  \"id\": ,\n}\n");

        List<PackProblem> problems = new PackFileValidator().check(new DirectoryPackSource(dir));

        assertThat(problems).extracting(p -> p.file() + ":" + p.line() + ": " + french(p)).containsExactlyInAnyOrder(
                "images/map.svg:2: L’élément <script> n’est pas autorisé : il exécute du code ou intègre du HTML.",
                "images/map.svg:3: L’attribut onclick de <rect> réagit à un événement : ces attributs exécutent du code"
                        + " et ne sont pas autorisés.",
                "datasets/posts.json:2: Ce n’est pas du JSON valide (à cette ligne, colonne 9).");
        assertThat(problems).extracting(this::japanese).containsExactlyInAnyOrder(
                "要素<script>は使用できません。コードを実行するかHTMLを埋め込むためです。",
                "<rect>の属性onclickはイベントハンドラーです。イベントハンドラーはコードを実行するため使用できません。",
                "有効なJSONではありません（この行の9列目）。");
        assertThat(problems).extracting(PackProblem::reason).as("the English reasons stay for logs and the command line")
                .anySatisfy(r -> assertThat(r).startsWith("not valid JSON: "));
    }

    @SuppressWarnings("unchecked")
    private static <S> Object readKey(org.tnracademy.exercises.ExerciseType<S, ?, ?> type, Object spec,
                                      Map<String, Object> tree) {
        return type.readKey((S) spec, tree);
    }

    @SuppressWarnings("unchecked")
    private static <S> Object readAnswer(org.tnracademy.exercises.ExerciseType<S, ?, ?> type, Object spec,
                                         Map<String, Object> tree) {
        return type.readAnswer((S) spec, tree);
    }

    private String french(PackProblem p) {
        return ProblemTexts.of(provider, Locale.FRENCH, p.message());
    }

    private String japanese(PackProblem p) {
        return ProblemTexts.of(provider, Locale.JAPANESE, p.message());
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
