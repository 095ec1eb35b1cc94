package org.tnracademy.core.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackProblem;

/** Every accepted file format read into items, and each way a file can be wrong named by line and field. */
class DatasetFileTest {

    static DatasetPreview read(String name, String text) {
        return DatasetFile.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(DatasetPreview p) {
        return p.problems().stream().map(PackProblem::toString).toList();
    }

    @Nested
    class JsonLines {

        @Test
        void readsThePackFormat() {
            DatasetPreview p = read("posts.jsonl", """
                    {"id":"post-1","platform":"Chirper","author":"@a_syn","lang":"en","postedAt":"2025-03-04T10:15:00Z","text":"One","synthetic":true}

                    {"id":"post-2","text":"Two","synthetic":true}
                    """);
            assertThat(p.problems()).isEmpty();
            assertThat(p.format()).contains(DatasetFormat.JSONL);
            assertThat(p.itemCount()).isEqualTo(2);
            assertThat(p.firstPage().getFirst()).isEqualTo(new CoursePack.Post("post-1", "Chirper", "@a_syn", "en",
                    Instant.parse("2025-03-04T10:15:00Z"), "One"));
        }

        @Test
        void brokenJsonOnLineThreeIsNamedWithItsLineAndTheOtherLinesAreStillChecked() {
            DatasetPreview p = read("posts.jsonl", """
                    {"id":"a","text":"one","synthetic":true}
                    {"id":"b","text":"two","synthetic":true}
                    {"id":"c","text":"three"
                    {"id":"a","text":"again","synthetic":false}
                    """);
            assertThat(problems(p)).hasSize(3);
            assertThat(problems(p).get(0)).startsWith("posts.jsonl:3: not a JSON object");
            assertThat(problems(p)).contains("posts.jsonl:4: id: 'a' appears twice",
                    "posts.jsonl:4: synthetic: must be true (only synthetic data may enter the academy)");
        }

        @Test
        void aByteOrderMarkIsRefusedPlainly() {
            DatasetPreview p = read("posts.jsonl", "\uFEFF{\"id\":\"a\",\"text\":\"one\",\"synthetic\":true}\n");
            assertThat(problems(p)).containsExactly("posts.jsonl:1: starts with a byte-order mark (BOM), which JSON"
                    + " Lines does not allow: save the file as UTF-8 without BOM");
        }

        @Test
        void missingIdBadTimestampAndMissingSyntheticAreEachNamed() {
            DatasetPreview p = read("posts.jsonl", """
                    {"text":"no id","synthetic":true}
                    {"id":"b","text":"two","postedAt":"yesterday","synthetic":true}
                    {"id":"c","text":"three"}
                    """);
            assertThat(problems(p)).containsExactly(
                    "posts.jsonl:1: id: required, lower-case letters, digits and '-' (was null)",
                    "posts.jsonl:2: postedAt: not an ISO-8601 instant such as 2025-03-04T10:15:00Z: yesterday",
                    "posts.jsonl:3: synthetic: must be true (only synthetic data may enter the academy)");
        }
    }

    @Nested
    class Csv {

        @Test
        void readsQuotedCommasAndLineBreaksAndToleratesAByteOrderMark() {
            DatasetPreview p = read("posts.csv", "\uFEFFid,Text,platform,postedAt,synthetic\r\n"
                    + "post-1,\"Hello, world\",Chirper,2025-03-04T10:15:00Z,true\r\n"
                    + "post-2,\"Line one\nline \"\"two\"\"\",,,TRUE\r\n"
                    + "post-3,Third,ForumNet,,true\r\n");
            assertThat(p.problems()).isEmpty();
            assertThat(p.format()).contains(DatasetFormat.CSV);
            assertThat(p.items(0, 10)).containsExactly(
                    new CoursePack.Post("post-1", "Chirper", null, null, Instant.parse("2025-03-04T10:15:00Z"),
                            "Hello, world"),
                    new CoursePack.Post("post-2", null, null, null, null, "Line one\nline \"two\""),
                    new CoursePack.Post("post-3", "ForumNet", null, null, null, "Third"));
        }

        @Test
        void lineNumbersCountTheLinesInsideQuotedFields() {
            DatasetPreview p = read("posts.csv", "id,text,synthetic\n"
                    + "a,\"two\nlines\",true\n"
                    + "b,fine,false\n");
            assertThat(problems(p)).containsExactly("posts.csv:4: column 3 (synthetic): must be true (only synthetic"
                    + " data may enter the academy), was 'false'");
        }

        @Test
        void withoutASyntheticColumnNothingIsRead() {
            DatasetPreview p = read("posts.csv", "id,text\na,one\n");
            assertThat(problems(p)).containsExactly(
                    "posts.csv:1: the header has no column synthetic (required: id, text, synthetic)");
            assertThat(p.itemCount()).isZero();
        }

        @Test
        void anUnknownOrRepeatedColumnIsRefusedWithItsPosition() {
            DatasetPreview p = read("posts.csv", "id,text,auther,synthetic,ID\na,one,x,true,a\n");
            assertThat(problems(p)).containsExactly(
                    "posts.csv:1: column 3 'auther': unknown column (known: id, platform, author, lang, postedAt, text,"
                            + " synthetic)",
                    "posts.csv:1: column 5 'ID': the column id appears twice");
        }

        @Test
        void badCellsAreNamedByLineAndColumn() {
            DatasetPreview p = read("posts.csv", """
                    synthetic,id,text,postedAt
                    true,,no id,
                    true,b,two,2025-13-01T00:00:00Z
                    true,b,again,
                    true,c,,
                    true,d,short
                    """);
            assertThat(problems(p)).containsExactly(
                    "posts.csv:2: column 2 (id): required, lower-case letters, digits and '-' (was null)",
                    "posts.csv:3: column 4 (postedAt): not an ISO-8601 instant such as 2025-03-04T10:15:00Z:"
                            + " 2025-13-01T00:00:00Z",
                    "posts.csv:4: column 2 (id): 'b' appears twice",
                    "posts.csv:5: column 3 (text): required",
                    "posts.csv:6: has 3 fields but the header has 4 (a field holding a comma, a quote or a line"
                            + " break must be in double quotes)");
        }

        @Test
        void aQuoteLeftOpenStopsTheFileWithItsLine() {
            DatasetPreview p = read("posts.csv", "id,text,synthetic\na,one,true\nb,\"never closed,true\n");
            assertThat(problems(p)).singleElement().asString().startsWith("posts.csv:").contains("not valid CSV");
        }

        @Test
        void anEmptyFileOrHeaderOnlyIsRefused() {
            assertThat(problems(read("posts.csv", "id,text,synthetic\n")))
                    .containsExactly("posts.csv: the dataset has no items");
            assertThat(problems(DatasetFile.read("posts.csv", new byte[0])))
                    .containsExactly("posts.csv: the file is empty");
        }
    }

    @Nested
    class Stix {

        static final String BUNDLE = """
                {
                  "type": "bundle",
                  "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
                  "objects": [
                    {
                      "type": "identity", "spec_version": "2.1",
                      "id": "identity--11111111-1111-4111-8111-111111111111",
                      "created": "2025-01-02T03:04:05.000Z", "name": "Saltmarrow CERT (synthetic)",
                      "identity_class": "organization", "x_synthetic": true
                    },
                    {
                      "type": "malware", "spec_version": "2.1",
                      "id": "malware--22222222-2222-4222-8222-22222222222A",
                      "created": "2025-01-03T00:00:00Z",
                      "created_by_ref": "identity--11111111-1111-4111-8111-111111111111",
                      "name": "NightOwl", "description": "Spyware for phones", "malware_types": ["spyware"],
                      "is_family": true, "lang": "en", "x_synthetic": true
                    },
                    {
                      "type": "relationship", "spec_version": "2.1",
                      "id": "relationship--33333333-3333-4333-8333-333333333333",
                      "created": "2025-01-04T00:00:00Z", "relationship_type": "attributed-to",
                      "source_ref": "malware--22222222-2222-4222-8222-22222222222A",
                      "target_ref": "identity--11111111-1111-4111-8111-111111111111", "x_synthetic": true
                    }
                  ]
                }
                """;

        @Test
        void eachObjectBecomesAReadableItem() {
            DatasetPreview p = read("bundle.json", BUNDLE);
            assertThat(p.problems()).isEmpty();
            assertThat(p.format()).contains(DatasetFormat.STIX_BUNDLE);
            List<CoursePack.Post> items = p.items(0, 10);
            assertThat(items).extracting(CoursePack.Post::id).containsExactly(
                    "identity--11111111-1111-4111-8111-111111111111",
                    "malware--22222222-2222-4222-8222-22222222222a",
                    "relationship--33333333-3333-4333-8333-333333333333");
            CoursePack.Post malware = items.get(1);
            assertThat(malware.platform()).isEqualTo("STIX malware");
            assertThat(malware.author()).isEqualTo("identity--11111111-1111-4111-8111-111111111111");
            assertThat(malware.lang()).isEqualTo("en");
            assertThat(malware.postedAt()).isEqualTo(Instant.parse("2025-01-03T00:00:00Z"));
            assertThat(malware.text()).isEqualTo(
                    "Malware \"NightOwl\". Spyware for phones. Malware types: spyware. Is family: yes.");
            assertThat(items.get(2).text()).isEqualTo("Relationship: Malware \"NightOwl\" attributed to"
                    + " Identity \"Saltmarrow CERT (synthetic)\".");
            assertThat(items.get(0).text()).isEqualTo(
                    "Identity \"Saltmarrow CERT (synthetic)\". Identity class: organization.");
        }

        @Test
        void notABundleIsRefused() {
            assertThat(problems(read("x.json", "{\"type\":\"indicator\",\"id\":\"indicator--1\"}")))
                    .containsExactly("x.json:1: not a STIX 2.1 bundle: type must be \"bundle\" (was \"indicator\")");
            assertThat(problems(read("x.json", "[1, 2]"))).singleElement().asString()
                    .startsWith("x.json:1: not a STIX 2.1 bundle");
        }

        @Test
        void brokenJsonIsNamedByLineAndColumn() {
            assertThat(problems(read("x.json", "{\n\"type\": \"bundle\",\n\"objects\": [ {\"id\" \"a\"} ]\n}")))
                    .singleElement().asString().startsWith("x.json:3: column 20: not valid JSON");
        }

        @Test
        void missingIdDuplicateIdAndMissingMarkerAreNamedOnTheirLines() {
            String bundle = """
                    {"type": "bundle", "objects": [
                      {"type": "indicator", "name": "no id", "x_synthetic": true},
                      {"type": "indicator", "id": "indicator--aa", "x_synthetic": true},
                      {"type": "indicator",
                       "id": "INDICATOR--AA", "x_synthetic": true},
                      {"type": "campaign", "id": "campaign--bb",
                       "created": "last week", "x_synthetic": "yes"},
                      {"type": "tool", "id": "tool--a_b", "x_synthetic": true}
                    ]}
                    """;
            assertThat(problems(read("x.json", bundle))).containsExactly(
                    "x.json:2: objects[0].id: required (a STIX id such as indicator--<uuid>)",
                    "x.json:5: objects[2].id: 'indicator--aa' appears twice",
                    "x.json:7: objects[3].x_synthetic: must be true on every object (only synthetic data may enter"
                            + " the academy)",
                    "x.json:7: objects[3].created: not an ISO-8601 instant such as 2025-03-04T10:15:00Z: last week",
                    "x.json:8: objects[4].id: 'tool--a_b' cannot be an item id once lower-cased (item ids are"
                            + " lower-case letters, digits and '-', at most 100 characters)");
        }
    }

    @Nested
    class Limits {

        @Test
        void aFileAboveTheSizeLimitIsRefusedBeforeReading() {
            byte[] huge = new byte[DatasetFile.MAX_BYTES + 1];
            assertThat(problems(DatasetFile.read("big.csv", huge))).containsExactly("big.csv: the file has 16777217"
                    + " bytes, at most 16777216 (16 MiB) are accepted: split the dataset");
        }

        @Test
        void moreItemsThanTheLimitAreRefused() {
            StringBuilder csv = new StringBuilder("id,text,synthetic\n");
            for (int i = 0; i <= DatasetFile.MAX_ITEMS; i++) {
                csv.append('p').append(i).append(",t,true\n");
            }
            assertThat(problems(read("many.csv", csv.toString())))
                    .containsExactly("many.csv: 50001 items, at most 50000 are accepted: split the dataset");
        }

        @Test
        void problemsAreCappedWithACountOfTheRest() {
            StringBuilder csv = new StringBuilder("id,text,synthetic\n");
            for (int i = 0; i < 250; i++) {
                csv.append('p').append(i).append(",t,false\n");
            }
            List<PackProblem> problems = read("bad.csv", csv.toString()).problems();
            assertThat(problems).hasSize(ProblemList.CAP + 1);
            assertThat(problems.getLast().toString())
                    .isEqualTo("bad.csv: and 150 more problems (fix these first and upload again)");
        }

        @Test
        void otherFileKindsAndNonUtf8TextAreRefused() {
            assertThat(problems(read("posts.xlsx", "x"))).containsExactly("posts.xlsx: not a dataset file: upload a"
                    + " .csv, a .jsonl (the pack format) or a .json (STIX 2.1 bundle) file");
            byte[] latin1 = "id,text,synthetic\na,caf\u00e9,true\n".getBytes(StandardCharsets.ISO_8859_1);
            assertThat(problems(DatasetFile.read("posts.csv", latin1)))
                    .containsExactly("posts.csv:2: not UTF-8 text (byte 24): save the file as UTF-8");
        }
    }

    @Test
    void storedNamesArePlainPackPaths() {
        assertThat(DatasetFile.packName("Shares 2025 (final).CSV")).isEqualTo("datasets/shares-2025-final.jsonl");
        assertThat(DatasetFile.packName("C:\\Users\\me\\posts.jsonl")).isEqualTo("datasets/posts.jsonl");
        assertThat(DatasetFile.packName("..json")).isEqualTo("datasets/uploaded-dataset.jsonl");
        assertThat(DatasetFile.packName("Données_été.json")).isEqualTo("datasets/donn-es_-t.jsonl");
    }
}
