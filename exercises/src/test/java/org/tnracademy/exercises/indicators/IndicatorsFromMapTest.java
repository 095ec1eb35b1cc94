package org.tnracademy.exercises.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tnracademy.exercises.indicators.IndicatorsExample.SYNC;
import static org.tnracademy.exercises.indicators.IndicatorsExample.UPDATE;
import static org.tnracademy.exercises.indicators.IndicatorsExample.decoy;
import static org.tnracademy.exercises.indicators.IndicatorsExample.hit;
import static org.tnracademy.exercises.indicators.IndicatorsExample.indicator;
import static org.tnracademy.exercises.indicators.IndicatorsExample.line;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** Reading spec (with its STIX bundle), key and answer from the plain tree a YAML or JSON parser gives. */
class IndicatorsFromMapTest {

    private static final IndicatorsSpec SPEC = IndicatorsSpec.fromMap(IndicatorsExample.specMap());

    @Test
    void readsTheIndicatorsOfTheBundleAndLeavesOtherObjectsAside() {
        assertThat(SPEC.lines()).hasSize(8);
        assertThat(SPEC.indicators()).extracting(Indicator::id).containsExactly(UPDATE, SYNC,
                IndicatorsExample.DROPPER, IndicatorsExample.PHISH);
        assertThat(SPEC.indicators().get(1).parsedPattern().observables()).containsExactly(
                new Observable(ObservableType.IPV4_ADDR, "198.51.100.7"),
                new Observable(ObservableType.DOMAIN_NAME, "cdn-sync.example"));
        IndicatorsKey key = IndicatorsKey.fromMap(SPEC, IndicatorsExample.keyMap());
        assertThat(key.hits()).extracting(KeyHit::lineId).containsExactly("line-01", "line-03", "line-05", "line-07");
        assertThat(key.decoys()).hasSize(3);
    }

    @Test
    void everyProblemOfABundleIsNamedWithTheIndicatorId() {
        Map<String, Object> badVersion = indicator("indicator--a1000000-0000-4000-8000-00000000000a", "Old",
                "[domain-name:value = 'old.example']");
        badVersion.put("spec_version", "2.0");
        badVersion.put("pattern_type", "sigma");
        // published bundles often name no indicator: accepted
        Map<String, Object> noName = indicator("indicator--a1000000-0000-4000-8000-00000000000b", "x",
                "[domain-name:value = 'x.example']");
        noName.remove("name");
        Map<String, Object> bundle = Map.of("type", "collection", "id", "bundle-1", "objects", List.of(
                indicator(UPDATE, "Fake update checker", "[domain-name:value = 'update-check.example']"),
                indicator(UPDATE, "Twice", "[domain-name:value = 'update-check.example']"),
                indicator("indicator-7", "Bad id", "[domain-name:value = 'b.example']"),
                indicator(SYNC, "Unsupported", "[domain-name:value = 'a.example'] AND [ipv4-addr:value = '192.0.2.1']"),
                badVersion,
                noName,
                "indicator--a1000000-0000-4000-8000-00000000000c"));
        Map<String, Object> spec = Map.of("lines", List.of(line("line-01", "x"), line("line-01", "y"),
                Map.of("id", "line-03")), "bundle", bundle, "logs", List.of());

        assertThatThrownBy(() -> IndicatorsSpec.fromMap(spec)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> {
                    assertThat(e.problems()).extracting(SpecProblem::field).containsExactlyInAnyOrder(
                            "logs", "lines[2].text", "bundle.type", "bundle.id",
                            "bundle.objects[4].spec_version", "bundle.objects[4].pattern_type",
                            "bundle.objects[6]", "lines[1].id",
                            "bundle.objects[1].id", "bundle.objects[2].id", "bundle.objects[3].pattern");
                    assertThat(e.getMessage()).contains("bundle.objects[3].pattern: " + SYNC + ": unsupported pattern",
                            "observations joined by AND", "bundle.objects[4].pattern_type: indicator--");
                });
    }

    @Test
    void aVersionYamlReadAsANumberIsNamedWithAHintToQuoteIt() {
        Map<String, Object> unquoted = indicator(UPDATE, "Fake update checker", "[domain-name:value = 'a.example']");
        unquoted.put("spec_version", 2.1);
        Map<String, Object> bundle = Map.of("type", "bundle", "id", "bundle--b1000000-0000-4000-8000-000000000001",
                "objects", List.of(unquoted));
        assertThatThrownBy(() -> IndicatorsSpec.fromMap(Map.of("lines", IndicatorsExample.lines(), "bundle", bundle)))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.problems()).containsExactly(
                        new SpecProblem("bundle.objects[0].spec_version",
                                "must be text, not the number 2.1 (put the value in quotes to keep it as text)")));
    }

    @Test
    void aBundleWithoutIndicatorsIsRefused() {
        Map<String, Object> bundle = Map.of("type", "bundle", "id", "bundle--b1000000-0000-4000-8000-000000000001",
                "objects", List.of(Map.of("type", "identity", "id", "identity--c1000000-0000-4000-8000-000000000001")));
        assertThatThrownBy(() -> IndicatorsSpec.fromMap(Map.of("lines", IndicatorsExample.lines(), "bundle", bundle)))
                .hasMessageContaining("bundle.objects: the bundle holds no object of type 'indicator'");
        assertThatThrownBy(() -> IndicatorsSpec.of(List.of(new LogLine("l", "x")), List.of()))
                .hasMessageContaining("indicators: at least one indicator is required");
    }

    @Test
    void everyProblemOfAKeyIsNamedAtOnce() {
        Map<String, Object> unexplained = new LinkedHashMap<>(hit("line-07", SYNC));
        unexplained.put("explanation", Map.of("fr", "seulement en français"));
        Map<String, Object> key = Map.of("hits", List.of(
                        hit("line-01", UPDATE),
                        hit("line-99", UPDATE),
                        hit("line-03", "indicator--ffffffff-0000-4000-8000-000000000000"),
                        hit("line-01", UPDATE),
                        hit("line-06", UPDATE),
                        unexplained),
                "decoys", List.of(decoy("line-03", "a hit and a decoy"), decoy("line-42", "?")));
        assertThatThrownBy(() -> IndicatorsKey.fromMap(SPEC, key)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> {
                    assertThat(e.problems()).extracting(SpecProblem::field).containsExactly(
                            "hits[1].line",
                            "hits[2].indicator",
                            "hits[3].line",
                            "hits[4]",
                            "hits[5].explanation.en",
                            "decoys[0].line", "decoys[1].line");
                    assertThat(e.getMessage()).contains("line line-06 does not match " + UPDATE
                            + ": its pattern needs the whole value update-check.example", "a line is one hit or one decoy");
                });
        assertThatThrownBy(() -> IndicatorsKey.fromMap(SPEC, Map.of("hits", List.of())))
                .hasMessageContaining("hits: the key names no line that matches");
    }

    @Test
    void readsAnAnswerAndNamesEveryProblemByLine() {
        Map<String, Object> matches = new LinkedHashMap<>();
        matches.put("line-01", UPDATE);
        assertThat(IndicatorsAnswer.fromMap(SPEC, Map.of("matches", matches)).indicatorByLine())
                .containsExactly(Map.entry("line-01", UPDATE));
        assertThat(IndicatorsAnswer.fromMap(SPEC, Map.of()).indicatorByLine()).isEmpty();

        matches.put("line-02", List.of(UPDATE, SYNC));
        matches.put("line-77", UPDATE);
        matches.put("line-03", "indicator--nope");
        assertThatThrownBy(() -> IndicatorsAnswer.fromMap(SPEC, Map.of("matches", matches, "note", "x")))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("note", Code.UNKNOWN_FIELD),
                                tuple("matches.line-02", Code.WRONG_TYPE),
                                tuple("matches.line-03", Code.UNKNOWN_LABEL),
                                tuple("matches.line-77", Code.UNKNOWN_ITEM)));
    }
}
