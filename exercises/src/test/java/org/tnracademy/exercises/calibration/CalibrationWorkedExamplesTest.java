package org.tnracademy.exercises.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Recomputes every {@code ```yaml calibration-example} of docs/calibration.md with the real scoring. */
class CalibrationWorkedExamplesTest {

    private static final Path PAGE = Stream.of(Path.of("../docs/calibration.md"), Path.of("docs/calibration.md"))
            .filter(Files::isRegularFile).findFirst().orElseThrow();
    private static final Pattern BLOCK = Pattern.compile("```yaml calibration-example\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyExampleOfTheDocsScoresWhatTheDocsSay() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(PAGE));
        List<Map<String, Object>> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(new YAMLMapper().readValue(m.group(1), Map.class));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        return examples.stream().map(e -> DynamicTest.dynamicTest((String) e.get("title"), () -> {
            List<CalibrationPoint> points = ((List<List<Number>>) e.get("claims")).stream()
                    .map(c -> new CalibrationPoint(c.get(0).doubleValue(), c.get(1).doubleValue())).toList();
            Calibration c = Calibration.of(points);
            assertThat(c.brier()).isCloseTo(num(e, "brier"), within(1e-4));
            assertThat(c.score()).isCloseTo(num(e, "calibration"), within(1e-4));
            assertThat(c.overClaim()).isCloseTo(num(e, "overClaim"), within(1e-4));
            for (List<Number> bin : (List<List<Number>>) e.get("bins")) {
                ReliabilityBin b = c.bins().get(bin.get(0).intValue() / 20);
                assertThat(b.count()).isEqualTo(bin.get(1).intValue());
                assertThat(b.meanConfidence()).isCloseTo(bin.get(2).doubleValue(), within(1e-3));
                assertThat(b.accuracy()).isCloseTo(bin.get(3).doubleValue(), within(1e-3));
            }
            int listed = ((List<?>) e.get("bins")).size();
            assertThat(c.bins().stream().filter(b -> b.count() > 0)).hasSize(listed);
            ConfidencePolicy policy = new ConfidencePolicy(ConfidenceAsk.PER_ITEM, num(e, "weight"));
            assertThat(policy.blend(num(e, "score"), c.score())).isCloseTo(num(e, "final"), within(1e-4));
        }));
    }

    private static double num(Map<String, Object> e, String key) {
        return ((Number) e.get(key)).doubleValue();
    }
}
