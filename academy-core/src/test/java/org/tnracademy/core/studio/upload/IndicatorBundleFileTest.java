package org.tnracademy.core.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.exercises.indicators.IntelligenceSource;

/**
 * An indicator bundle uploaded as an exercise's reference intelligence: shaped as researchers
 * publish it (no names, no synthetic marker, marking definition, malware, relationships), with
 * synthetic values. Bad files and missing source or licence are named with their lines.
 */
class IndicatorBundleFileTest {

    static final String SOURCE = "https://research.example/2024/nightowl/indicators.stix2";

    /** One object a line, as the stix2 library writes a bundle; {@code pattern} is the third indicator's. */
    static String published(String thirdPattern) {
        return String.join("\n",
                "{\"type\": \"bundle\", \"id\": \"bundle--34d0032b-b342-4076-955d-6c0020fe693a\", \"objects\": [",
                "{\"type\": \"marking-definition\", \"spec_version\": \"2.1\", \"id\": \"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82\", \"created\": \"2017-01-20T00:00:00.000Z\", \"definition_type\": \"tlp\", \"name\": \"TLP:CLEAR\", \"definition\": {\"tlp\": \"clear\"}},",
                "{\"type\": \"malware\", \"spec_version\": \"2.1\", \"id\": \"malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d\", \"name\": \"NightOwl\", \"is_family\": false},",
                indicator("05b7c427-1452-437e-a19e-32590edf60c3", "[domain-name:value='weather-now.example']") + ",",
                "{\"type\": \"relationship\", \"spec_version\": \"2.1\", \"id\": \"relationship--657ec923-bcf2-4d19-8dc5-1290ad89df56\", \"relationship_type\": \"indicates\", \"source_ref\": \"indicator--05b7c427-1452-437e-a19e-32590edf60c3\", \"target_ref\": \"malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d\"},",
                indicator("75512940-6712-421e-97f6-55835fde1b2b", "[process:name='bh']") + ",",
                indicator("c655f594-d131-44a0-9da8-8a2ed41fd1ee", thirdPattern),
                "]}");
    }

    private static String indicator(String uuid, String pattern) {
        return "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"indicator--" + uuid + "\", "
                + "\"created\": \"2024-01-26T21:28:21.013288Z\", \"indicator_types\": [\"malicious-activity\"], "
                + "\"pattern\": \"" + pattern + "\", \"pattern_type\": \"stix\", \"pattern_version\": \"2.1\", "
                + "\"valid_from\": \"2024-01-26T21:28:21.013288Z\"}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPublishedBundleIsReadWithoutSyntheticMarkersAndKeepsItsSource() {
        IndicatorBundlePreview read = IndicatorBundleFile.read("nightowl.stix2",
                bytes(published("[email-addr:value='visa-desk@consulate-mail.example']")), " " + SOURCE + " ",
                "CC BY 4.0");
        assertThat(read.problems()).isEmpty();
        assertThat(read.indicatorCount()).isEqualTo(3);
        assertThat(read.intelligence()).isEqualTo(new IntelligenceSource(SOURCE, "CC BY 4.0"));
        assertThat(read.bundle()).containsEntry("type", "bundle");
        assertThat((List<?>) read.bundle().get("objects")).hasSize(6);
    }

    @Test
    void sourceAndLicenceAreRequired() {
        IndicatorBundlePreview read = IndicatorBundleFile.read("nightowl.json",
                bytes(published("[process:name='syncd']")), " ", null);
        assertThat(read.valid()).isFalse();
        assertThat(read.problems()).extracting(PackProblem::reason).containsExactly(
                "source: required: the URL or citation of where the bundle is published",
                "licence: required: the licence the bundle is published under, such as CC BY 4.0");
    }

    @Test
    void aPatternItCannotHonourIsNamedWithTheIndicatorTheConstructAndTheLine() {
        IndicatorBundlePreview read = IndicatorBundleFile.read("nightowl.json",
                bytes(published("[app:id='com.syn.spy'] OR [domain-name:value LIKE '%.example']")), SOURCE, "CC BY 4.0");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("nightowl.json");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.reason()).startsWith("objects[5].pattern: indicator--c655f594-d131-44a0-9da8-8a2ed41fd1ee:"
                    + " unsupported pattern").contains("the object path 'app:id' is not supported");
        });
    }

    @Test
    void aFileThatIsNotABundleIsRefusedSayingWhy() {
        assertThat(IndicatorBundleFile.read("x.json", bytes("{\"type\": \"bundle\",\n \"objects\": [}"), SOURCE, "CC0")
                .problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.reason()).contains("not valid JSON");
                });
        assertThat(IndicatorBundleFile.read("x.csv", bytes("a,b"), SOURCE, "CC0").problems())
                .extracting(PackProblem::reason).containsExactly(
                        "not an indicator bundle file: upload a STIX 2.1 bundle saved as .json or .stix2");
        assertThat(IndicatorBundleFile.read("x.json", bytes("[]"), SOURCE, "CC0").problems())
                .extracting(PackProblem::reason).first().asString().startsWith("not a STIX 2.1 bundle");
        assertThat(IndicatorBundleFile.read("x.json",
                bytes("{\"type\": \"bundle\", \"id\": \"bundle--34d0032b-b342-4076-955d-6c0020fe693a\","
                        + " \"objects\": [{\"type\": \"malware\", \"id\": \"malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d\"}]}"),
                SOURCE, "CC0").problems()).extracting(PackProblem::reason)
                .containsExactly("objects: the bundle holds no object of type 'indicator'");
    }

    @Test
    void anIndicatorWithoutPatternIsNamedWithItsLine() {
        String text = published("[process:name='syncd']").replace("\"pattern\": \"[process:name='bh']\", ", "");
        assertThat(IndicatorBundleFile.read("x.json", bytes(text), SOURCE, "CC0").problems())
                .extracting(PackProblem::line, PackProblem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "objects[4].pattern: is required"));
    }

    @Test
    void tenThousandUnsupportedIndicatorsAreCountedNotAllListed() {
        StringBuilder json = new StringBuilder("{\"type\": \"bundle\", \"id\": \"bundle--34d0032b-b342-4076-955d-6c0020fe693a\", \"objects\": [");
        for (int i = 0; i < 10_000; i++) {
            json.append(i == 0 ? "\n" : ",\n").append(indicator(String.format("a1000000-0000-4000-8000-%012d", i),
                    "[domain-name:value MATCHES 'c2-" + i + "']"));
        }
        json.append("]}");
        IndicatorBundlePreview read = IndicatorBundleFile.read("big.json", bytes(json.toString()), SOURCE, "CC0");
        assertThat(read.problems()).hasSize(ProblemList.CAP + 1);
        assertThat(read.problems().getLast().reason()).startsWith("and 9900 more problems");
        assertThat(Map.of("line", read.problems().get(1).line())).containsEntry("line", 3);
    }
}
