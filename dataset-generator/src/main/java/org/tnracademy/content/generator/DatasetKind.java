package org.tnracademy.content.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The dataset kinds the generator can write at any size from {@value #MIN_SIZE} to
 * {@value #MAX_SIZE}, streaming: each item is written as soon as it is made, so memory stays flat.
 * Each kind writes the file learners would see and, apart, the truth for keys.
 */
public enum DatasetKind {
    SHARES("shares"),
    DEVICE_LOGS("device-logs"),
    MESSAGES("messages"),
    HARASSMENT_CASE("harassment-case"),
    CASE_FILES("case-files"),
    PHOTOS("photos"),
    DOXING_SPANS("doxing-spans");

    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 1_000_000;

    private final String id;

    DatasetKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static DatasetKind byId(String id) {
        for (DatasetKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown dataset kind '" + id + "'; expected one of "
                + List.of(values()).stream().map(DatasetKind::id).toList());
    }

    /** Writes {@code <kind>-<size>.jsonl} and {@code <kind>-<size>.truth.jsonl} into {@code dir}; returns them. */
    public List<Path> write(long seed, int size, Path dir) throws IOException {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from " + MIN_SIZE + " to " + MAX_SIZE + ", was " + size);
        }
        Files.createDirectories(dir);
        Path items = dir.resolve(id + "-" + size + ".jsonl");
        Path truth = dir.resolve(id + "-" + size + ".truth.jsonl");
        try (BufferedWriter a = Files.newBufferedWriter(items, StandardCharsets.UTF_8);
             BufferedWriter b = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            stream(seed, size, line -> write(a, line), line -> write(b, line));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.of(items, truth);
    }

    /** Streams the learner-visible lines and the truth lines of {@code size} items to two sinks. */
    public void stream(long seed, int size, java.util.function.Consumer<String> items,
                       java.util.function.Consumer<String> truth) {
        switch (this) {
            case SHARES -> new ShareLogGenerator(seed).generate(size, p -> items.accept(DatasetWriter.jsonLine(p)),
                    a -> truth.accept(new JsonLine().put("account", a.handle())
                            .put("role", a.role().name().toLowerCase(Locale.ROOT)).put("network", a.network())
                            .put("why", a.why()).line()));
            case DEVICE_LOGS -> {
                DeviceLogGenerator generator = new DeviceLogGenerator(seed);
                for (SpywareIndicator i : generator.indicators()) {
                    truth.accept(new JsonLine().put("indicator", i.id()).put("name", i.name())
                            .put("pattern", i.pattern()).line());
                }
                generator.generate(size, l -> {
                    items.accept(new JsonLine().put("id", l.id()).put("text", l.text()).line());
                    if (l.why() != null) {
                        truth.accept(new JsonLine().put("line", l.id()).put("indicator", l.indicatorId())
                                .put("decoy", l.decoy()).put("why", l.why()).line());
                    }
                });
            }
            case MESSAGES -> new MessageGenerator(seed).generate(size, m -> {
                items.accept(DatasetWriter.jsonLine(m.post()));
                truth.accept(new JsonLine().put("item", m.post().id()).put("label", m.label().id())
                        .put("why", m.why()).line());
            });
            case HARASSMENT_CASE -> new HarassmentCaseGenerator(seed).generate(size, e -> {
                items.accept(new JsonLine().put("id", e.id()).put("platform", e.platform())
                        .put("shownTime", e.shownTime()).put("text", e.text()).line());
                truth.accept(new JsonLine().put("event", e.id()).put("at", e.at()).put("why", e.why()).line());
            });
            case CASE_FILES -> new CaseFileGenerator(seed).generate(size, c -> {
                items.accept(new JsonLine().put("id", c.id()).put("kind", c.kind()).put("issuedAt", c.issuedAt())
                        .put("issuer", c.issuer()).put("subject", c.subject()).put("summary", c.summary()).line());
                truth.accept(new JsonLine().put("case", c.id()).put("signals", c.signals()).line());
            });
            case PHOTOS -> new PhotoMetadataGenerator(seed).generate(size, p -> {
                items.accept(new JsonLine().put("id", p.id()).put("fileName", p.fileName()).put("camera", p.camera())
                        .put("dateTimeOriginal", p.dateTimeOriginal()).put("offsetTime", p.offsetTime())
                        .put("imageDirection", p.imageDirection()).put("gps", p.gps()).put("visible", p.visible())
                        .put("sun", p.sun()).put("signage", p.signage()).line());
                truth.accept(new JsonLine().put("photo", p.id()).put("clue", p.clue())
                        .put("latitude", p.trueLatitude()).put("longitude", p.trueLongitude())
                        .put("value", p.trueValue()).put("unit", p.unit()).put("why", p.why()).line());
            });
            case DOXING_SPANS -> new DoxingSpanGenerator(seed).generate(size, p -> {
                items.accept(new JsonLine().put("id", p.id()).put("lang", p.lang().code()).put("text", p.text()).line());
                for (ExposedSpan s : p.spans()) {
                    truth.accept(new JsonLine().put("post", p.id()).put("start", s.start()).put("end", s.end())
                            .put("category", s.category()).put("why", s.why()).line());
                }
            });
        }
    }

    private static void write(Writer w, String line) {
        try {
            w.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
