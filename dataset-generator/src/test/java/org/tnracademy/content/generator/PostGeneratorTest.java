package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostGeneratorTest {

    private final PostGenerator generator = new PostGenerator();

    @Test
    void starterSetHasTheAgreedMix() {
        List<SyntheticPost> posts = generator.generate(GenerateDatasets.STARTER_SIZE);

        assertThat(posts).hasSize(40);
        assertThat(posts.stream().filter(p -> p.lang() == Language.EN)).hasSize(24);
        assertThat(posts.stream().filter(p -> p.lang() == Language.FR)).hasSize(16);
        Map<Label, Long> perLabel = posts.stream().collect(Collectors.groupingBy(SyntheticPost::label,
                () -> new EnumMap<>(Label.class), Collectors.counting()));
        assertThat(perLabel).containsOnlyKeys(Label.values());
        assertThat(perLabel.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        for (Label label : Label.values()) {
            assertThat(posts.stream().filter(p -> p.label() == label).map(SyntheticPost::lang).distinct())
                    .as("languages of %s", label).containsExactlyInAnyOrder(Language.EN, Language.FR);
        }
    }

    @Test
    void starterSetNeverRepeatsATemplate() {
        // templates are dealt from a cycling deck per label and language: no repeat while the
        // starter needs no more posts of a kind than the catalog has templates of that kind
        Map<String, Long> needed = generator.generate(GenerateDatasets.STARTER_SIZE).stream()
                .collect(Collectors.groupingBy(p -> p.label() + "/" + p.lang(), Collectors.counting()));
        Map<String, Long> available = TemplateCatalog.all().stream()
                .collect(Collectors.groupingBy(t -> t.label() + "/" + t.lang(), Collectors.counting()));
        needed.forEach((kind, count) -> assertThat(count).as(kind).isLessThanOrEqualTo(available.get(kind)));
    }

    @Test
    void idsAreSequentialAndTimesGrowWithThem() {
        List<SyntheticPost> posts = generator.generate(40);
        for (int i = 0; i < posts.size(); i++) {
            assertThat(posts.get(i).id()).isEqualTo("post-%03d".formatted(i + 1));
        }
        List<Instant> times = posts.stream().map(p -> Instant.parse(p.postedAt())).toList();
        assertThat(times).isSorted();
        assertThat(times.getFirst()).isAfterOrEqualTo(Instant.parse("2025-03-03T08:00:00Z"));
        assertThat(times.getLast()).isBefore(Instant.parse("2025-06-01T08:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 10_000})
    void largerSizesAreDeterministicAndKeepTheMix(int n) throws Exception {
        List<SyntheticPost> first = generator.generate(n);

        assertThat(first).hasSize(n);
        // the dataset file as another run wrote it (a digest committed from it), not a second run in this JVM
        byte[] file = GenerateDatasets.sizedFiles(n).get("datasets/posts-%d.jsonl".formatted(n))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file)))
                .as("posts-%d.jsonl; regenerated on purpose? put the new digest here", n)
                .isEqualTo(n == 100 ? "7c8ef679cc613256ff7445a3b423677c92a822115592563e750b1509a663fb47"
                        : "4ed5852498d710df62f0e05cb478d3a6010ee8fc3a693659f3fae1e47e4cc2cc");
        assertThat(first.stream().map(SyntheticPost::id).distinct()).hasSize(n);
        Map<Label, Long> perLabel = first.stream().collect(Collectors.groupingBy(SyntheticPost::label,
                () -> new EnumMap<>(Label.class), Collectors.counting()));
        assertThat(perLabel).containsOnlyKeys(Label.values());
        assertThat(perLabel.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
        long english = first.stream().filter(p -> p.lang() == Language.EN).count();
        assertThat(english).isEqualTo(n * 3L / 5);
        assertThat(first.stream().map(p -> Instant.parse(p.postedAt())).toList()).isSorted();
    }

    @Test
    void idsWidenForLargeSizes() {
        List<SyntheticPost> posts = generator.generate(10_000);
        assertThat(posts.getFirst().id()).isEqualTo("post-00001");
        assertThat(posts.getLast().id()).isEqualTo("post-10000");
    }

    @Test
    void anotherSeedGivesAnotherDataset() {
        assertThat(new PostGenerator(1L).generate(40)).isNotEqualTo(generator.generate(40));
    }

    @Test
    void labelCountsAlwaysSumToTheSize() {
        for (int n = 1; n <= 500; n++) {
            int[] counts = DatasetMix.labelCounts(n);
            int sum = 0;
            for (int c : counts) {
                sum += c;
            }
            assertThat(sum).as("n=%d", n).isEqualTo(n);
        }
        assertThat(DatasetMix.labelCounts(40)).containsExactly(7, 7, 7, 7, 12);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, PostGenerator.MAX_SIZE + 1})
    void refusesSizesOutOfRange(int n) {
        assertThatThrownBy(() -> generator.generate(n)).isInstanceOf(IllegalArgumentException.class);
    }
}
