package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dataset generators of the curriculum: synthetic, streaming, and true to what they plant. */
class CurriculumGeneratorsTest {

    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\w.-])(?:[a-z0-9-]+\\.)+[a-z]{2,}(?![\\w@-])");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\d.])");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@[A-Za-z0-9_]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+\\d[\\d ]{5,}\\d");

    /** Every generated file of the pack: only reserved domains, documentation addresses, _syn handles. */
    @Test
    void everyGeneratedFileIsSyntheticAndSaysSo() {
        Map<String, String> files = new CurriculumExercises().files();
        files.forEach((path, text) -> {
            if (path.endsWith(".yaml")) {
                assertThat(text.lines().limit(4).toList()).as(path).anySatisfy(l -> assertThat(l).startsWith("#")
                        .contains("synthetic"));
            } else if (path.endsWith(".svg")) {
                // a picture says so in its title, where readers and tools find it
                assertThat(text.lines().limit(3).toList()).as(path).anySatisfy(l -> assertThat(l)
                        .contains("<title>").containsIgnoringCase("synthetic"));
            } else {
                assertThat(text.lines()).as(path).allSatisfy(l -> assertThat(l).endsWith(",\"synthetic\":true}"));
            }
            all(DOMAIN, text).stream().filter(d -> !d.matches("(?i).*\\.(md|jpg|svg|apk|yaml|jsonl)$")
                            && !d.matches("(?i)(org\\.tnracademy|com\\.syn)\\..*") && !d.matches("[a-z]\\.[a-z]\\.?")
                            // the SVG namespace of the pictures, a name and not an address anything is fetched from
                            && !d.equals("www.w3.org"))
                    .forEach(d -> assertThat(d).as("domain in %s", path).matches("(?i).*\\.(example|test|invalid)"));
            all(IPV4, text).forEach(ip -> assertThat(ip).as("address in %s", path)
                    .matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}"));
            all(HANDLE, text).forEach(h -> assertThat(h).as("handle in %s", path).endsWith("_syn"));
            all(PHONE_LIKE, text).forEach(n -> assertThat(n).as("phone in %s", path).matches("\\+00 555 01\\d\\d"));
        });
    }

    @Test
    void aMillionPostShareLogStreamsWithoutHoldingIt() {
        AtomicLong posts = new AtomicLong();
        AtomicLong coordinated = new AtomicLong();
        AtomicLong lastTime = new AtomicLong(Long.MIN_VALUE);
        AtomicLong outOfOrder = new AtomicLong();
        new ShareLogGenerator().generate(ShareLogGenerator.MAX_SIZE, p -> {
            posts.incrementAndGet();
            long t = Instant.parse(p.postedAt()).getEpochSecond();
            if (t < lastTime.getAndSet(t)) {
                outOfOrder.incrementAndGet();
            }
        }, a -> {
            if (a.role() == ShareAccount.Role.COORDINATED) {
                coordinated.incrementAndGet();
            }
        });
        assertThat(posts.get()).isEqualTo(1_000_000L);
        assertThat(outOfOrder.get()).isZero();
        assertThat(coordinated.get()).isGreaterThan(4000L * 2 * 3);
    }

    @Test
    void networkMembersRepostTheSeedWithinSecondsAndDecoysNever() {
        List<DatasetPost> posts = new ArrayList<>();
        List<ShareAccount> accounts = new ArrayList<>();
        new ShareLogGenerator().generate(CurriculumExercises.SHARE_LOG_SIZE, posts::add, accounts::add);
        Map<String, ShareAccount> byHandle = new HashMap<>();
        accounts.forEach(a -> byHandle.put(a.handle(), a));
        assertThat(accounts.stream().map(ShareAccount::handle).distinct()).hasSize(accounts.size());
        assertThat(accounts).filteredOn(a -> a.role() == ShareAccount.Role.DECOY).hasSize(4);
        Map<String, Long> firstSeen = new HashMap<>();
        for (DatasetPost p : posts) {
            long t = Instant.parse(p.postedAt()).getEpochSecond();
            if (p.text().startsWith("RT ")) {
                String original = p.text().substring(p.text().indexOf(": ") + 2);
                ShareAccount author = byHandle.get(p.author());
                long lag = t - firstSeen.getOrDefault(original, t);
                if (author.role() == ShareAccount.Role.COORDINATED) {
                    assertThat(lag).as(p.id()).isBetween(1L, 90L);
                } else {
                    assertThat(author.role()).isEqualTo(ShareAccount.Role.ORGANIC);
                    assertThat(lag).as(p.id()).isGreaterThan(3600L);
                }
            } else {
                firstSeen.putIfAbsent(p.text(), t);
            }
        }
    }

    @Test
    void spanOffsetsCutExactlyTheExposedValueFromTheText() {
        List<DoxingPost> posts = new ArrayList<>();
        new DoxingSpanGenerator().generate(500, posts::add);
        assertThat(posts).anySatisfy(p -> assertThat(p.spans()).isEmpty());
        assertThat(posts).anySatisfy(p -> assertThat(p.text()).contains("\uD83D"));
        for (DoxingPost p : posts) {
            for (ExposedSpan s : p.spans()) {
                String value = p.text().substring(s.start(), s.end());
                assertThat(value).as(p.id()).isEqualTo(value.strip()).isNotEmpty();
                assertThat(Texts.en(s.why())).as(p.id()).contains("\"" + value + "\"");
                for (String code : Texts.LANGUAGES) {
                    assertThat(Texts.in(s.why(), code)).as(p.id() + " " + code).contains(value);
                }
                assertThat(Character.isLowSurrogate(p.text().charAt(s.start()))).isFalse();
            }
        }
    }

    @Test
    void photoTruthIsConsistentWithItsClues() {
        List<PhotoRecord> photos = new ArrayList<>();
        new PhotoMetadataGenerator().generate(200, photos::add);
        for (PhotoRecord p : photos) {
            assertThat(p.gps()).contains("removed");
            assertThat(p.trueLatitude()).isBetween(-43.5, -41.0);
            if (p.clue().equals("solar-noon-latitude")) {
                double[] sun = SolarPosition.elevationAzimuth(Times.epoch(2025, 1, 1, 0, 0), 0, 0);
                assertThat(sun).hasSize(2);
                assertThat(p.trueValue()).isEqualTo(p.trueLatitude());
            }
        }
        // at solar noon the sun is due north south of the equator
        long noon = SolarPosition.solarNoon(Times.epoch(2025, 6, 1, 0, 0), -25.0);
        double[] sun = SolarPosition.elevationAzimuth(noon, -42.0, -25.0);
        assertThat(Math.abs(sun[1] - 360) < 1 || sun[1] < 1).as("azimuth %s", sun[1]).isTrue();
        assertThat(sun[0]).isCloseTo(90 - Math.abs(-42.0 - SolarPosition.declinationDegrees(noon)),
                org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void timelineKeysConvertEveryShownTimeToTheSameInstant() {
        List<CaseEvent> events = new ArrayList<>();
        new HarassmentCaseGenerator().generate(300, events::add);
        assertThat(events).extracting(CaseEvent::platform).contains("Chirper", "E-mail", "Letter", "ForumNet");
        assertThat(events).anySatisfy(e -> assertThat(e.shownTime()).endsWith("CEST"));
        assertThat(events).anySatisfy(e -> assertThat(e.shownTime()).endsWith(" CET"));
        for (CaseEvent e : events) {
            assertThat(java.time.OffsetDateTime.parse(e.at()).toEpochSecond()).isEqualTo(e.epochSecond());
        }
    }

    @Test
    void deviceLogHitsContainTheirIndicatorValuesAndDecoysDoNot() {
        DeviceLogGenerator generator = new DeviceLogGenerator();
        List<DeviceLogLine> lines = new ArrayList<>();
        generator.generate(1000, lines::add);
        Map<String, List<String>> values = new HashMap<>();
        Pattern quoted = Pattern.compile("'([^']+)'");
        for (SpywareIndicator i : generator.indicators()) {
            values.put(i.id(), all(quoted, i.pattern()).stream().map(v -> v.substring(1, v.length() - 1))
                    .filter(v -> !v.equals("SHA-256")).toList());
        }
        List<String> everyValue = values.values().stream().flatMap(List::stream).toList();
        for (DeviceLogLine l : lines) {
            if (l.indicatorId() != null) {
                assertThat(values.get(l.indicatorId())).as(l.text()).anySatisfy(v -> assertThat(l.text()).contains(v));
            } else {
                // a plain or decoy line holds no indicator value as a whole token
                everyValue.forEach(v -> assertThat(l.text()).as(l.text())
                        .doesNotContainPattern("(?<![\\w.-])" + Pattern.quote(v) + "(?![\\w.-])"));
            }
        }
        assertThat(lines).filteredOn(DeviceLogLine::decoy).hasSizeGreaterThan(80);
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void everyKindStreamsOneHundredItemsToFiles(DatasetKind kind, @TempDir Path dir) throws IOException {
        List<Path> written = kind.write(PostGenerator.DEFAULT_SEED, 100, dir);
        assertThat(written).allSatisfy(f -> assertThat(f).exists());
        assertThat(Files.readAllLines(written.getFirst())).hasSize(100)
                .allSatisfy(l -> assertThat(l).startsWith("{").endsWith("\"synthetic\":true}"));
        assertThatThrownBy(() -> kind.write(1L, 99, dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 100");
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
