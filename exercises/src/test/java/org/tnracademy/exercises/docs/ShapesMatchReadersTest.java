package org.tnracademy.exercises.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.shape.FieldShape;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.Shape;
import org.tnracademy.exercises.types.ExerciseTypes;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One source of truth per shape: the shapes each type declares (from which the studio's forms and
 * the JSON Schemas are built) name exactly the fields its reader knows. Every worked example of the
 * docs and every exercise of the starter pack is read by the type; then, at each object of the tree
 * the shape describes, a field no one knows is slipped in, and the reader's complaint lists the
 * fields it knows there, which must be the shape's fields.
 */
class ShapesMatchReadersTest {

    private static final String PROBE = "zz-probe";
    private static final Path PACK = Stream.of(Path.of("../content/src/main/resources/packs/tnr-foundations"),
                    Path.of("content/src/main/resources/packs/tnr-foundations"))
            .filter(Files::isDirectory).findFirst().orElseThrow();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** A field a reader knows that the shape leaves out on purpose (the form keeps it as it is), and why. */
    record ReaderOnly(String type, String part, String path, String field, String reason) {
        boolean covers(Example e, String inPart, String atPath) {
            return (type == null || type.equals(e.type().id())) && part.equals(inPart) && path.equals(atPath);
        }
    }

    private static final List<ReaderOnly> READER_ONLY = List.of(
            new ReaderOnly(null, "key", "", "exercise",
                    "a key file's back-reference to its exercise: the studio names the exercise itself"),
            new ReaderOnly("indicators", "spec", "", "intelligence",
                    "source and licence of a published bundle: the bundle upload fills it, not the form"));

    record Example(String where, ExerciseType<?, ?, ?> type, Map<String, Object> spec, Map<String, Object> key) {
    }

    /**
     * At every object, the reader knows no field the shape lacks; over all examples, at each place
     * (list indices aside), the reader has asked for every field the shape has. Fields that depend on
     * a kind (an estimate's unit only for numbers) are known where that kind is, hence the union.
     */
    @Test
    void everyShapedObjectNamesExactlyTheFieldsItsReaderKnows() {
        List<String> mismatches = new ArrayList<>();
        Map<String, Set<String>> knownAt = new LinkedHashMap<>();
        Map<String, Set<String>> shapedAt = new LinkedHashMap<>();
        for (Example e : examples()) {
            probe(e, "spec", e.type().specShape(), e.spec(), mismatches, knownAt, shapedAt);
            probe(e, "key", e.type().keyShape(), e.key(), mismatches, knownAt, shapedAt);
        }
        shapedAt.forEach((place, shaped) -> {
            Set<String> unread = new TreeSet<>(shaped);
            unread.removeAll(knownAt.get(place));
            if (!unread.isEmpty()) {
                mismatches.add(place + ": the shape has " + unread + ", which no reading of the examples asked for");
            }
        });
        assertThat(mismatches).as("fields the shape and the reader disagree on").isEmpty();
    }

    @Test
    void theExamplesCoverEveryType() {
        assertThat(examples()).extracting(e -> e.type().id()).containsAll(ExerciseTypes.ids());
    }

    @Test
    void aFieldTheReaderDoesNotKnowIsFound() {
        // the probe itself: a shape with one field too many fails the comparison
        Example labelling = examples().stream().filter(e -> e.type().keyLabelsDatasetItems()).findFirst()
                .orElseThrow();
        List<String> mismatches = new ArrayList<>();
        List<FieldShape> fields = new ArrayList<>(labelling.type().specShape().fields());
        fields.add(FieldShape.optional("colour", new ListShape(new ObjectShape(List.of()), 0, 1)));
        Map<String, Set<String>> knownAt = new LinkedHashMap<>();
        Map<String, Set<String>> shapedAt = new LinkedHashMap<>();
        probe(labelling, "spec", new ObjectShape(fields), labelling.spec(), mismatches, knownAt, shapedAt);
        assertThat(shapedAt.get("item-labelling spec ''")).contains("colour");
        assertThat(knownAt.get("item-labelling spec ''")).doesNotContain("colour");
    }

    private static void probe(Example e, String part, ObjectShape shape, Map<String, Object> tree, List<String> out,
                              Map<String, Set<String>> knownAt, Map<String, Set<String>> shapedAt) {
        walk(e, part, shape, tree, new ArrayList<>(), out, knownAt, shapedAt);
    }

    /** Compares the shape with the reader at this object, then goes into the objects below it the tree has. */
    @SuppressWarnings("unchecked")
    private static void walk(Example e, String part, ObjectShape shape, Map<String, Object> node, List<Object> at,
                             List<String> out, Map<String, Set<String>> knownAt, Map<String, Set<String>> shapedAt) {
        Set<String> shaped = new TreeSet<>();
        shape.fields().forEach(f -> shaped.add(f.name()));
        String path = path(at);
        String pathWithoutIndices = path.replaceAll("\\[\\d+]", "[]");
        READER_ONLY.stream().filter(r -> r.covers(e, part, pathWithoutIndices)).forEach(r -> shaped.add(r.field()));
        String place = e.type().id() + " " + part + " '" + pathWithoutIndices + "'";
        shapedAt.computeIfAbsent(place, p -> new TreeSet<>()).addAll(shaped);
        Set<String> known = knownByReader(e, part, at);
        if (known == null) {
            out.add(e.where() + " " + part + " at '" + path + "': the reader did not name an unknown field");
            return;
        }
        knownAt.computeIfAbsent(place, p -> new TreeSet<>()).addAll(known);
        Set<String> readerOnly = new TreeSet<>(known);
        readerOnly.removeAll(shaped);
        if (!readerOnly.isEmpty()) {
            out.add(e.where() + " " + part + " at '" + path + "': the reader knows " + readerOnly + ", the shape does not");
        }
        for (FieldShape f : shape.fields()) {
            Object value = node.get(f.name());
            List<Object> below = new ArrayList<>(at);
            below.add(f.name());
            if (f.shape() instanceof ObjectShape o && value instanceof Map<?, ?> m) {
                walk(e, part, o, (Map<String, Object>) m, below, out, knownAt, shapedAt);
            } else if (f.shape() instanceof ListShape l && l.element() instanceof ObjectShape o
                    && value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> m) {
                        List<Object> element = new ArrayList<>(below);
                        element.add(i);
                        walk(e, part, o, (Map<String, Object>) m, element, out, knownAt, shapedAt);
                    }
                }
            }
        }
    }

    /** The fields the reader names when it meets an unknown one at {@code at}; null when it does not complain. */
    private static Set<String> knownByReader(Example e, String part, List<Object> at) {
        Map<String, Object> spec = copy(e.spec());
        Map<String, Object> key = copy(e.key());
        Map<String, Object> probed = nodeAt(part.equals("spec") ? spec : key, at);
        probed.put(PROBE, "?");
        String field = at.isEmpty() ? PROBE : path(at) + "." + PROBE;
        try {
            read(e.type(), spec, key);
        } catch (InvalidSpecException ex) {
            for (SpecProblem p : ex.problems()) {
                int list = p.reason().indexOf("expected one of [");
                if (p.field().equals(field) && list >= 0) {
                    String names = p.reason().substring(list + "expected one of [".length(), p.reason().indexOf(']', list));
                    Set<String> known = new TreeSet<>();
                    for (String n : names.split(",")) {
                        if (!n.isBlank()) {
                            known.add(n.strip());
                        }
                    }
                    return known;
                }
            }
        }
        return null;
    }

    private static <S> void read(ExerciseType<S, ?, ?> type, Map<String, Object> spec, Map<String, Object> key) {
        type.readKey(type.readSpec(spec), key);
    }

    private static String path(List<Object> at) {
        StringBuilder out = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(step);
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nodeAt(Map<String, Object> tree, List<Object> at) {
        Object node = tree;
        for (Object step : at) {
            node = step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<String, Object>) node).get(step);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }

    /** The worked examples of the docs and the exercises of the starter pack, each with its key. */
    @SuppressWarnings("unchecked")
    private static List<Example> examples() {
        List<Example> all = new ArrayList<>();
        try (Stream<Path> pages = Files.list(WorkedExamplesTest.PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (WorkedExample w : WorkedExample.allIn(page, Files.readString(page))) {
                    all.add(new Example(w.page() + " line " + w.line(), ExerciseTypes.get(w.type()), w.spec(), w.key()));
                }
            }
            try (Stream<Path> files = Files.list(PACK.resolve("exercises"))) {
                for (Path file : files.sorted().toList()) {
                    Map<String, Object> exercise = YAML.readValue(file.toFile(), Map.class);
                    Path key = PACK.resolve("keys").resolve(exercise.get("id") + ".key.yaml");
                    Map<String, Object> keyTree = Files.exists(key) ? YAML.readValue(key.toFile(), Map.class) : Map.of();
                    all.add(new Example(PACK.relativize(file).toString(), ExerciseTypes.get((String) exercise.get("type")),
                            (Map<String, Object>) exercise.get("spec"), keyTree));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return all;
    }
}
