package org.tnracademy.core.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.LocalizedText;

/**
 * Checks exercise drafts exactly as a pack import would: the course with the drafts applied is
 * written as pack files ({@link PackWriter}), read back by {@link PackReader}, and the problems of
 * each draft's own files are kept, with the editor's field each one names. Pure: no database.
 */
final class ExerciseDraftCheck {

    private static final Pattern LEADING_PATH = Pattern.compile("^([A-Za-z0-9_.\\[\\]-]+): ");

    /** A draft applied to a course: the exercise as a pack item, and the module it goes in. */
    record Applied(String moduleId, CoursePack.Exercise exercise) {
    }

    /** The course read back from its files with the drafts in it, or every problem found. */
    record Outcome(Optional<CoursePack> pack, List<PackProblem> problems) {
    }

    private ExerciseDraftCheck() {
    }

    /** The draft as the pack item it would be; content hash from the draft, the reader computes its own. */
    static CoursePack.Exercise exercise(String slug, String type, int version, ExerciseDraftContent c,
                                        CoursePack.Dataset dataset) {
        String hash = sha256(Json.write(List.of(slug, type, version, c.title().byLanguage(),
                c.instructions().byLanguage(), String.valueOf(c.level()), c.forms(), String.valueOf(c.policy()),
                c.spec(), c.key(), dataset == null ? "" : dataset.contentHash())));
        return new CoursePack.Exercise(slug, type, version, StoredDraft.nonBlank(c.title()),
                StoredDraft.nonBlank(c.instructions()), c.level(), c.forms(), c.spec(), c.key(),
                StoredDraft.cleanPolicy(c.policy()), dataset, hash);
    }

    /**
     * The course's modules with the drafts applied: an exercise already in the course is replaced in
     * place (moved when its draft names another module), a new one is appended to its module.
     */
    static List<CoursePack.Module> apply(List<CoursePack.Module> modules, List<Applied> drafts) {
        Map<String, Applied> bySlug = new LinkedHashMap<>();
        drafts.forEach(d -> bySlug.put(d.exercise().id(), d));
        Map<String, List<CoursePack.Item>> items = new LinkedHashMap<>();
        for (CoursePack.Module m : modules) {
            List<CoursePack.Item> kept = new ArrayList<>();
            for (CoursePack.Item item : m.items()) {
                Applied d = bySlug.get(item.id());
                if (d == null) {
                    kept.add(item);
                } else if (d.moduleId().equals(m.id())) {
                    kept.add(d.exercise());
                    bySlug.remove(item.id());
                }
            }
            items.put(m.id(), kept);
        }
        List<CoursePack.Module> added = new ArrayList<>();
        bySlug.values().forEach(d -> {
            List<CoursePack.Item> target = items.get(d.moduleId());
            if (target == null) {
                // a module of the course draft, not published yet: publishing gives it its title and place
                target = new ArrayList<>();
                items.put(d.moduleId(), target);
                added.add(new CoursePack.Module(d.moduleId(), LocalizedText.of(d.moduleId(), null), List.of()));
            }
            target.add(d.exercise());
        });
        List<CoursePack.Module> result = new ArrayList<>(modules);
        result.addAll(added);
        return result.stream().map(m -> new CoursePack.Module(m.id(), m.title(), items.get(m.id()))).toList();
    }

    /** The course with these modules, written as pack files and read back as an import would. */
    static Outcome read(CoursePack course, List<CoursePack.Module> modules) {
        return read(course, modules, java.util.Set.of());
    }

    /**
     * As {@link #read(CoursePack, List)}, for a course whose specs may show these stored pictures.
     *
     * @param storedPictures the pack paths of the course's pictures
     */
    static Outcome read(CoursePack course, List<CoursePack.Module> modules, java.util.Set<String> storedPictures) {
        CoursePack candidate = new CoursePack(course.id(), course.version(), course.level(), course.title(),
                course.summary(), modules, course.contentHash());
        Map<String, String> files = new PackWriter().files(candidate);
        try {
            return new Outcome(Optional.of(new PackReader().read(new InMemoryPackSource(course.id(), files,
                    storedPictures))),
                    List.of());
        } catch (PackValidationException invalid) {
            return new Outcome(Optional.empty(), invalid.problems());
        }
    }

    /**
     * The problems of one exercise's files, each with the editor field it names.
     *
     * @param datasetPath the path of the draft's dataset in the pack; null when it has none
     */
    static List<DraftProblem> problemsOf(String slug, String datasetPath, List<PackProblem> problems) {
        String exerciseFile = "exercises/" + slug + ".yaml";
        String keyFile = "keys/" + slug + ".key.yaml";
        String ownDataset = "datasets/" + slug + ".jsonl";
        List<DraftProblem> own = new ArrayList<>();
        for (PackProblem p : problems) {
            if (p.file().equals(exerciseFile)) {
                own.add(new DraftProblem(p.file(), p.line(), p.reason(), leadingPath(p.reason(), ""), p.message()));
            } else if (p.file().equals(keyFile)) {
                String path = leadingPath(p.reason(), "key.");
                own.add(new DraftProblem(p.file(), p.line(), p.reason(), path == null ? "key" : path, p.message()));
            } else if (p.file().equals(ownDataset) || p.file().equals(datasetPath)) {
                own.add(new DraftProblem(p.file(), p.line(), p.reason(), "dataset", p.message()));
            } else if (p.file().equals("course.yaml") && p.reason().contains("'" + slug + "'")) {
                own.add(new DraftProblem(p.file(), p.line(), p.reason(), null, p.message()));
            }
        }
        return own;
    }

    private static String leadingPath(String reason, String prefix) {
        Matcher m = LEADING_PATH.matcher(reason);
        return m.find() ? prefix + m.group(1) : null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
