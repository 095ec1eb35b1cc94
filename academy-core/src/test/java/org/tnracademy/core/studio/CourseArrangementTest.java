package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.exercises.LocalizedText;

/** Where publishing puts modules, lessons and exercises, and which course drafts are refused. */
class CourseArrangementTest {

    private static final List<CoursePack.Module> COURSE = List.of(
            module("first", lesson("intro"), lesson("basics"), lesson("more")),
            module("second", lesson("case"), lesson("wrap")));

    @Test
    void withoutADraftNewLessonsAreAppendedToTheirModule() {
        List<CoursePack.Module> arranged = CourseArrangement.arranged(COURSE, null,
                List.of(placed("first", "fresh"), placed("second", "later")));
        assertThat(ids(arranged)).containsExactly("first: intro basics more fresh", "second: case wrap later");
    }

    @Test
    void theDraftsOrderMovesItemsAcrossModulesAndUnnamedItemsFollowInTheirModule() {
        List<ModuleTitle> plan = List.of(
                plan("second", List.of("more", "case"), List.of()),
                plan("first", List.of("basics", "intro"), List.of()));
        List<CoursePack.Module> arranged = CourseArrangement.arranged(COURSE, plan, List.of(placed("first", "fresh")));
        // "wrap" is not named: it stays in "second", after the named items; "fresh" likewise in "first"
        assertThat(ids(arranged)).containsExactly("second: more case wrap", "first: basics intro fresh");
        assertThat(arranged.getFirst().title().byLanguage()).containsEntry("en", "second (draft)");
    }

    @Test
    void aNewModuleTakesItsItemsAndRetiredItemsAreLeftOut() {
        List<ModuleTitle> plan = List.of(
                plan("first", null, List.of("basics")),
                plan("extra", List.of("fresh", "wrap"), List.of()),
                plan("second", null, List.of()));
        List<CoursePack.Module> arranged = CourseArrangement.arranged(COURSE, plan, List.of(placed("extra", "fresh")));
        assertThat(ids(arranged)).containsExactly("first: intro more", "extra: fresh wrap", "second: case");
        assertThat(CourseArrangement.effective(COURSE, plan, List.of(placed("extra", "fresh"))))
                .extracting(ModuleTitle::retired).containsExactly(List.of("basics"), List.of(), List.of());
    }

    @Test
    void aModuleMayBeLeftOutOnlyOnceNothingIsLeftInIt() {
        List<ModuleTitle> emptied = List.of(plan("first", List.of("intro", "case", "basics", "more"), List.of("wrap")));
        CourseArrangement.check(COURSE, emptied, List.of());
        assertThat(ids(CourseArrangement.arranged(COURSE, emptied, List.of())))
                .containsExactly("first: intro case basics more");

        List<ModuleTitle> notEmptied = List.of(plan("first", List.of("case"), List.of()));
        assertThatThrownBy(() -> CourseArrangement.check(COURSE, notEmptied, List.of()))
                .isInstanceOfSatisfying(DraftRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.MODULES_CHANGED);
                    assertThat(e.getMessage()).isEqualTo("modules: module 'second' is left out but still holds [wrap];"
                            + " move or retire them before removing it");
                });
    }

    @Test
    void badModuleIdsAndItemsAreRefusedNamingTheField() {
        assertRefused(List.of(plan("first", null, List.of()), plan("Second Module", null, List.of())),
                DraftRefusedException.Reason.INVALID_ID, "modules[1].id: must be lowercase letters, digits and '-',"
                        + " at most 100, starting with a letter or digit, was 'Second Module'");
        assertRefused(List.of(plan("first", null, List.of()), plan("first", null, List.of())),
                DraftRefusedException.Reason.MODULES_CHANGED, "modules[1].id: module id 'first' is used twice");
        assertRefused(List.of(plan("first", List.of("intro", "ghost"), List.of()), plan("second", null, List.of())),
                DraftRefusedException.Reason.UNKNOWN_ITEM,
                "modules[0] (first).items[1]: no lesson or exercise 'ghost' in this course");
        assertRefused(List.of(plan("first", List.of("intro"), List.of()), plan("second", List.of("intro"), List.of())),
                DraftRefusedException.Reason.ITEM_TWICE, "modules[1] (second).items[0]: 'intro' is named twice in the course");
        assertRefused(List.of(plan("first", List.of("intro"), List.of("intro")), plan("second", null, List.of())),
                DraftRefusedException.Reason.ITEM_TWICE, "modules[0] (first).retired[0]: 'intro' is named twice in the course");
        assertRefused(List.of(), DraftRefusedException.Reason.MODULES_CHANGED, "modules: a course needs at least one module");
    }

    @Test
    void aNewLessonCannotBeRetiredOnlyDiscarded() {
        assertThatThrownBy(() -> CourseArrangement.check(COURSE, List.of(plan("first", null, List.of("fresh")),
                plan("second", null, List.of())), List.of(placed("first", "fresh"))))
                .isInstanceOfSatisfying(DraftRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.UNKNOWN_ITEM));
    }

    @Test
    void anEmptyModuleCannotBePublished() {
        List<CoursePack.Module> arranged = CourseArrangement.arranged(COURSE, List.of(plan("first", null, List.of()),
                plan("second", null, List.of()), plan("empty", List.of(), List.of())), List.of());
        assertThatThrownBy(() -> CourseArrangement.requireContent(arranged))
                .isInstanceOfSatisfying(DraftRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftRefusedException.Reason.EMPTY_MODULE);
                    assertThat(e.getMessage()).startsWith("modules[2] (empty): has no lesson or exercise");
                });
        assertThatThrownBy(() -> CourseArrangement.requireContent(List.of()))
                .isInstanceOf(DraftRefusedException.class);
        CourseArrangement.requireContent(COURSE);
    }

    private static void assertRefused(List<ModuleTitle> plan, DraftRefusedException.Reason reason, String message) {
        assertThatThrownBy(() -> CourseArrangement.check(COURSE, plan, List.of()))
                .isInstanceOfSatisfying(DraftRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    private static List<String> ids(List<CoursePack.Module> modules) {
        return modules.stream().map(m -> m.id() + ":" + m.items().stream().map(i -> " " + i.id())
                .reduce("", String::concat)).toList();
    }

    private static ModuleTitle plan(String id, List<String> items, List<String> retired) {
        return new ModuleTitle(id, LocalizedText.of(id + " (draft)", null), items, retired);
    }

    private static CourseArrangement.PlacedLesson placed(String module, String id) {
        return new CourseArrangement.PlacedLesson(module, lesson(id));
    }

    private static CoursePack.Module module(String id, CoursePack.Item... items) {
        return new CoursePack.Module(id, LocalizedText.of(id, null), List.of(items));
    }

    private static CoursePack.Lesson lesson(String id) {
        return new CoursePack.Lesson(id, 5, LocalizedText.of(id, null), LocalizedText.of("# " + id, null), null);
    }
}
