package org.tnracademy.exercises.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.ExerciseType;

/**
 * A type is one unit: its id is written only in its own packages (the package named like its
 * adapter's, {@code ...exercises.labelling}, {@code ...ui.exercise.labelling},
 * {@code ...content.generator.labelling}), in the main sources of every module. Everywhere else the
 * academy asks the type ({@link ExerciseTypes}) instead of testing ids, so a new type touches only
 * its own packages, its registration lines, the docs and the content.
 */
class TypeIdsStayInTheirTypesTest {

    /** The repository, seen from the exercises module (where Maven runs its tests). */
    private static final Path ROOT = Path.of("..");

    /**
     * Files allowed to name a type outside its packages, each with the reason. Empty: keep it so,
     * or write why (the content pack's YAML is data and is not scanned: only Java sources are).
     */
    private static final Map<String, String> ALLOWED = Map.of();

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    @Test
    void noMainSourceNamesATypeOutsideTheTypesOwnPackages() {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String text = read(file);
            String segment = lastSegment(packageOf(text));
            for (ExerciseType<?, ?, ?> type : ExerciseTypes.all()) {
                String own = lastSegment(type.getClass().getPackageName());
                if (own.equals(segment) || ALLOWED.containsKey(relative(file))) {
                    continue;
                }
                if (text.contains("\"" + type.id() + "\"")) {
                    found.add(relative(file) + ": \"" + type.id() + "\"");
                }
                if (Pattern.compile("\\b" + type.getClass().getSimpleName() + "\\.ID\\b").matcher(text).find()) {
                    found.add(relative(file) + ": " + type.getClass().getSimpleName() + ".ID");
                }
            }
        }
        assertThat(found).as("type ids named outside their type's packages").isEmpty();
    }

    @Test
    void theScanSeesEveryModuleAndEachTypesOwnId() {
        List<Path> sources = mainSources();
        assertThat(sources).extracting(p -> ROOT.relativize(p).getName(0).toString())
                .contains("exercises", "academy-core", "academy-ui", "dataset-generator", "load-test");
        for (ExerciseType<?, ?, ?> type : ExerciseTypes.all()) {
            // each adapter declares its id: the scan reads the files a stray id would be in
            assertThat(sources).anySatisfy(p -> assertThat(read(p)).contains("\"" + type.id() + "\""));
        }
    }

    @Test
    void theAllowListNamesOnlyFilesThatExistWithAReason() {
        ALLOWED.forEach((file, reason) -> {
            assertThat(ROOT.resolve(file)).exists();
            assertThat(reason).isNotBlank();
        });
    }

    private static List<Path> mainSources() {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(all::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static String lastSegment(String packageName) {
        return packageName.substring(packageName.lastIndexOf('.') + 1);
    }

    private static String relative(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
