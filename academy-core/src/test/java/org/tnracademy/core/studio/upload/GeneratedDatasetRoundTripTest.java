package org.tnracademy.core.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.core.packs.CoursePack;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeded generated datasets written as a spreadsheet would write CSV (columns in any order, commas,
 * quotes, line breaks and accents in texts) and as STIX bundles, read back: the same items come out.
 * Each case has its own seed, so a failure names the seed that reproduces it.
 */
class GeneratedDatasetRoundTripTest {

    private static final String[] WORDS = {"meet", "at", "Quillon Lane,", "\"tonight\"", "l'adresse", "été",
            "+00 555 0142", "@greyfinch_syn", "line\nbreak", "semi;colon", "tab\there", "ok.", "🙂", "x,y"};
    private static final String[] PLATFORMS = {"Chirper", "ForumNet", "Picto", "Chat, groups"};
    private static final String[] TYPES = {"indicator", "malware", "threat-actor", "campaign", "attack-pattern",
            "identity", "tool"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedCsvReadsBackAsTheSameItems(long seed) throws IOException {
        Random random = new Random(seed);
        List<CoursePack.Post> posts = new ArrayList<>();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            posts.add(new CoursePack.Post("post-" + seed + "-" + i,
                    random.nextBoolean() ? PLATFORMS[random.nextInt(PLATFORMS.length)] : null,
                    random.nextBoolean() ? "@user" + random.nextInt(100) + "_syn" : null,
                    random.nextBoolean() ? (random.nextBoolean() ? "en" : "fr") : null,
                    random.nextBoolean() ? Instant.ofEpochSecond(1_700_000_000L + random.nextInt(50_000_000)) : null,
                    text(random)));
        }
        List<String> columns = new ArrayList<>(CsvDataset.COLUMNS);
        Collections.shuffle(columns, random);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(columns);
            for (CoursePack.Post p : posts) {
                List<String> row = new ArrayList<>();
                for (String c : columns) {
                    row.add(switch (c) {
                        case "id" -> p.id();
                        case "platform" -> p.platform();
                        case "author" -> p.author();
                        case "lang" -> p.lang();
                        case "postedAt" -> p.postedAt() == null ? null : p.postedAt().toString();
                        case "text" -> p.text();
                        default -> "true";
                    });
                }
                csv.printRecord(row);
            }
        }
        String file = (random.nextBoolean() ? "\uFEFF" : "") + out;

        DatasetPreview read = DatasetFile.read("generated.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(read.problems()).as("seed " + seed).isEmpty();
        assertThat(read.items(0, n)).as("seed " + seed).isEqualTo(posts);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedStixBundleReadsBackOneItemPerObject(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(30);
        List<Map<String, Object>> objects = new ArrayList<>();
        String identity = "identity--" + new UUID(random.nextLong(), random.nextLong());
        for (int i = 0; i < n; i++) {
            String type = TYPES[random.nextInt(TYPES.length)];
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("type", type);
            o.put("spec_version", "2.1");
            o.put("id", type + "--" + new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase());
            o.put("created", Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000)).toString());
            if (random.nextBoolean()) {
                o.put("created_by_ref", identity);
            }
            o.put("name", "Name " + i + " " + WORDS[random.nextInt(WORDS.length)]);
            o.put("description", text(random));
            o.put("x_synthetic", true);
            objects.add(o);
        }
        if (n > 1) {
            Map<String, Object> rel = new LinkedHashMap<>();
            rel.put("type", "relationship");
            rel.put("id", "relationship--" + new UUID(random.nextLong(), random.nextLong()));
            rel.put("relationship_type", "uses");
            rel.put("source_ref", objects.get(0).get("id"));
            rel.put("target_ref", objects.get(1).get("id"));
            rel.put("x_synthetic", true);
            objects.add(rel);
        }
        Map<String, Object> bundle = Map.of("type", "bundle", "id", "bundle--" + new UUID(seed, seed),
                "objects", objects);

        DatasetPreview read = DatasetFile.read("generated.json",
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle));

        assertThat(read.problems()).as("seed " + seed).isEmpty();
        assertThat(read.itemCount()).isEqualTo(objects.size());
        for (int i = 0; i < n; i++) {
            Map<String, Object> o = objects.get(i);
            CoursePack.Post p = read.items(i, 1).getFirst();
            assertThat(p.id()).isEqualTo(((String) o.get("id")).toLowerCase());
            assertThat(p.platform()).isEqualTo("STIX " + o.get("type"));
            assertThat(p.author()).isEqualTo(o.get("created_by_ref"));
            assertThat(p.postedAt()).isEqualTo(Instant.parse((String) o.get("created")));
            assertThat(p.text()).contains((String) o.get("name")).contains(((String) o.get("description")).strip());
        }
        if (n > 1) {
            assertThat(read.items(n, 1).getFirst().text()).startsWith("Relationship: ")
                    .contains("\"" + objects.get(0).get("name") + "\" uses ")
                    .endsWith("\"" + objects.get(1).get("name") + "\".");
        }
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder("Synthetic");
        int words = 1 + random.nextInt(12);
        for (int i = 0; i < words; i++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }
}
