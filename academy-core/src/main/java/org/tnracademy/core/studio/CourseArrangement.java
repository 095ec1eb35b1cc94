package org.tnracademy.core.studio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.exercises.LocalizedText;

/**
 * Where every lesson and exercise of a course goes when its drafts are published: the course
 * draft's modules (new ones included) in its order with its titles, each module's items in the
 * draft's order, new lessons appended to their module unless the draft places them, and retired
 * items left out (the importer retires what a pack leaves out, keeping learners' attempts). Items
 * the draft does not name, such as an exercise added after it was saved, keep their module and
 * follow the named ones. Pure: no database, so the rules are tested on their own.
 */
final class CourseArrangement {

    /** Pack ids, as {@link org.tnracademy.core.packs.PackReader} reads them. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    static final String ID_RULE = "lowercase letters, digits and '-', at most 100, starting with a letter or digit";

    /** A lesson created in the studio, and the module it was created in. */
    record PlacedLesson(String moduleId, CoursePack.Lesson lesson) {
    }

    private CourseArrangement() {
    }

    /**
     * The modules as the draft arranges them; a module may come out empty (see {@link #requireContent}).
     *
     * @param modules    the course's modules as they stand, lesson edits applied
     * @param plan       the course draft's modules; null when the course has no draft
     * @param newLessons lessons created in the studio, to add
     */
    static List<CoursePack.Module> arranged(List<CoursePack.Module> modules, List<ModuleTitle> plan,
                                            List<PlacedLesson> newLessons) {
        Map<String, CoursePack.Item> items = new LinkedHashMap<>();
        Map<String, List<String>> contents = new LinkedHashMap<>();
        Map<String, LocalizedText> titles = new LinkedHashMap<>();
        for (CoursePack.Module m : modules) {
            titles.put(m.id(), m.title());
            List<String> ids = contents.computeIfAbsent(m.id(), k -> new ArrayList<>());
            m.items().forEach(i -> {
                items.put(i.id(), i);
                ids.add(i.id());
            });
        }
        List<String> moduleIds = plan == null ? List.copyOf(contents.keySet())
                : plan.stream().map(ModuleTitle::id).toList();
        for (PlacedLesson placed : newLessons) {
            String target = contents.containsKey(placed.moduleId()) || moduleIds.contains(placed.moduleId())
                    ? placed.moduleId() : lastOf(moduleIds, placed);
            items.put(placed.lesson().id(), placed.lesson());
            contents.computeIfAbsent(target, k -> new ArrayList<>()).add(placed.lesson().id());
        }
        if (plan == null) {
            return contents.entrySet().stream().map(e -> new CoursePack.Module(e.getKey(), titles.get(e.getKey()),
                    e.getValue().stream().map(items::get).toList())).toList();
        }
        Set<String> retired = new HashSet<>();
        plan.forEach(t -> retired.addAll(t.retired()));
        Set<String> claimed = new HashSet<>();
        Map<String, List<String>> placed = new LinkedHashMap<>();
        for (ModuleTitle t : plan) {
            List<String> ids = placed.computeIfAbsent(t.id(), k -> new ArrayList<>());
            if (t.items() != null) {
                t.items().stream().filter(id -> items.containsKey(id) && !retired.contains(id) && claimed.add(id))
                        .forEach(ids::add);
            }
        }
        List<CoursePack.Module> arranged = new ArrayList<>();
        for (ModuleTitle t : plan) {
            if (arranged.stream().anyMatch(m -> m.id().equals(t.id()))) {
                continue;
            }
            List<String> ids = placed.get(t.id());
            for (String id : contents.getOrDefault(t.id(), List.of())) {
                if (!retired.contains(id) && claimed.add(id)) {
                    ids.add(id);
                }
            }
            arranged.add(new CoursePack.Module(t.id(), t.title(), ids.stream().map(items::get).toList()));
        }
        // a module the draft leaves out goes only once it is empty; what it still holds keeps it
        for (Map.Entry<String, List<String>> e : contents.entrySet()) {
            if (moduleIds.contains(e.getKey())) {
                continue;
            }
            List<String> rest = e.getValue().stream().filter(id -> !retired.contains(id) && claimed.add(id)).toList();
            if (!rest.isEmpty()) {
                arranged.add(new CoursePack.Module(e.getKey(), titles.get(e.getKey()),
                        rest.stream().map(items::get).toList()));
            }
        }
        return arranged;
    }

    /**
     * Checks a draft's modules against the course before they are saved: module ids valid and
     * unique, items named known and at most once, retired items published ones, and a module left
     * out only when nothing is left in it.
     */
    static void check(List<CoursePack.Module> modules, List<ModuleTitle> plan, List<PlacedLesson> newLessons) {
        if (plan.isEmpty()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.MODULES_CHANGED,
                    "modules: a course needs at least one module");
        }
        Set<String> published = new HashSet<>();
        modules.forEach(m -> m.items().forEach(i -> published.add(i.id())));
        Set<String> known = new HashSet<>(published);
        newLessons.forEach(l -> known.add(l.lesson().id()));
        Set<String> moduleIds = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            ModuleTitle t = plan.get(i);
            if (t.id() == null || !ID.matcher(t.id()).matches()) {
                throw new DraftRefusedException(DraftRefusedException.Reason.INVALID_ID,
                        "modules[" + i + "].id: must be " + ID_RULE + ", was '" + t.id() + "'");
            }
            if (!moduleIds.add(t.id())) {
                throw new DraftRefusedException(DraftRefusedException.Reason.MODULES_CHANGED,
                        "modules[" + i + "].id: module id '" + t.id() + "' is used twice");
            }
            String where = "modules[" + i + "] (" + t.id() + ")";
            List<String> items = t.items() == null ? List.of() : t.items();
            for (int j = 0; j < items.size(); j++) {
                checkItem(where + ".items[" + j + "]", items.get(j), known, seen);
            }
            for (int j = 0; j < t.retired().size(); j++) {
                checkItem(where + ".retired[" + j + "]", t.retired().get(j), published, seen);
            }
        }
        Set<String> planned = new HashSet<>(moduleIds);
        for (CoursePack.Module m : arranged(modules, plan, newLessons)) {
            if (!planned.contains(m.id())) {
                throw new DraftRefusedException(DraftRefusedException.Reason.MODULES_CHANGED,
                        "modules: module '" + m.id() + "' is left out but still holds "
                                + m.items().stream().map(CoursePack.Item::id).toList()
                                + "; move or retire them before removing it");
            }
        }
    }

    /** Refuses to publish a course with no module or with an empty one (a pack cannot hold either). */
    static void requireContent(List<CoursePack.Module> modules) {
        if (modules.isEmpty()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.EMPTY_MODULE,
                    "modules: the course has no module with a lesson or an exercise");
        }
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).items().isEmpty()) {
                throw new DraftRefusedException(DraftRefusedException.Reason.EMPTY_MODULE,
                        "modules[" + i + "] (" + modules.get(i).id()
                                + "): has no lesson or exercise; add one or remove the module");
            }
        }
    }

    /** The draft's modules as the editor shows them: each with its items in order and its retired ones. */
    static List<ModuleTitle> effective(List<CoursePack.Module> modules, List<ModuleTitle> plan,
                                       List<PlacedLesson> newLessons) {
        Set<String> known = new HashSet<>();
        modules.forEach(m -> m.items().forEach(i -> known.add(i.id())));
        Map<String, List<String>> retired = new LinkedHashMap<>();
        if (plan != null) {
            plan.forEach(t -> retired.put(t.id(), t.retired().stream().filter(known::contains).toList()));
        }
        return arranged(modules, plan, newLessons).stream().map(m -> new ModuleTitle(m.id(), m.title(),
                m.items().stream().map(CoursePack.Item::id).toList(), retired.getOrDefault(m.id(), List.of())))
                .toList();
    }

    private static void checkItem(String where, String id, Set<String> known, Set<String> seen) {
        if (id == null || !known.contains(id)) {
            throw new DraftRefusedException(DraftRefusedException.Reason.UNKNOWN_ITEM,
                    where + ": no lesson or exercise '" + id + "' in this course");
        }
        if (!seen.add(id)) {
            throw new DraftRefusedException(DraftRefusedException.Reason.ITEM_TWICE,
                    where + ": '" + id + "' is named twice in the course");
        }
    }

    private static String lastOf(List<String> moduleIds, PlacedLesson placed) {
        if (moduleIds.isEmpty()) {
            throw new DraftRefusedException(DraftRefusedException.Reason.UNKNOWN_MODULE,
                    "module: new lesson '" + placed.lesson().id() + "' has no module '" + placed.moduleId()
                            + "' to go to, and the course has none");
        }
        return moduleIds.getLast();
    }
}
