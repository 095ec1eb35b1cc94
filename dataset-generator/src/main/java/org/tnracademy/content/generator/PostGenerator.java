package org.tnracademy.content.generator;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates labelled synthetic posts. Deterministic: the output depends only on the seed and the
 * size, never on the locale, time zone, clock, hash order or JDK. Time and memory are O(n).
 */
public final class PostGenerator {

    /** The date of the 2025 G7 Leaders' Statement on Transnational Repression. */
    public static final long DEFAULT_SEED = 20250617L;
    public static final int MAX_SIZE = 1_000_000;

    /** Posts are spread over 90 days from this instant, in id order. */
    private static final LocalDateTime START = LocalDateTime.of(2025, 3, 3, 8, 0);
    private static final long SPAN_MINUTES = 90L * 24 * 60;
    private static final DateTimeFormatter ISO_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

    private final long seed;
    private final List<PostTemplate> templates;

    public PostGenerator() {
        this(DEFAULT_SEED);
    }

    public PostGenerator(long seed) {
        this(seed, TemplateCatalog.all());
    }

    PostGenerator(long seed, List<PostTemplate> templates) {
        this.seed = seed;
        this.templates = List.copyOf(templates);
    }

    public long seed() {
        return seed;
    }

    /** {@code n} posts with ids post-001, post-002, ... (wider ids when n needs them). */
    public List<SyntheticPost> generate(int n) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ", was " + n);
        }
        SeededRandom rnd = new SeededRandom(seed);
        Map<Label, Map<Language, TemplateDeck>> decks = decks(rnd);
        List<DatasetMix.Slot> slots = DatasetMix.slots(n);
        rnd.shuffle(slots);
        String idFormat = "post-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        List<SyntheticPost> posts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DatasetMix.Slot slot = slots.get(i);
            PostTemplate t = decks.get(slot.label()).get(slot.lang()).next();
            // draws that a template may not need are made anyway: see Cast.draw
            boolean coin = rnd.nextInt(2) == 0;
            boolean woman = switch (t.target()) {
                case WOMAN -> true;
                case MAN -> false;
                case ANYONE -> coin;
            };
            Cast cast = Cast.draw(rnd, slot.lang(), woman);
            String author = Cast.authorHandle(rnd);
            String platform = rnd.pick(Lexicon.PLATFORMS);
            String postedAt = postedAt(i, n, rnd);
            posts.add(new SyntheticPost(String.format(Locale.ROOT, idFormat, i + 1), platform,
                    t.byTarget() ? cast.handle() : author, slot.lang(), postedAt, cast.fill(t.text()),
                    t.label(), Texts.map(t.why(), cast::fill)));
        }
        return posts;
    }

    /** A shuffled deck per label and language, so a small dataset repeats no template. */
    private Map<Label, Map<Language, TemplateDeck>> decks(SeededRandom rnd) {
        Map<Label, Map<Language, TemplateDeck>> decks = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            Map<Language, TemplateDeck> byLang = new EnumMap<>(Language.class);
            for (Language lang : Language.values()) {
                List<PostTemplate> matching = templates.stream()
                        .filter(t -> t.label() == label && t.lang() == lang).toList();
                if (matching.isEmpty()) {
                    throw new IllegalStateException("No template for " + label.id() + " in " + lang.code());
                }
                byLang.put(lang, new TemplateDeck(matching, rnd));
            }
            decks.put(label, byLang);
        }
        return decks;
    }

    /** Post i falls at a random minute of its own share of the 90 days: time grows with the id. */
    private static String postedAt(int i, int n, SeededRandom rnd) {
        long from = SPAN_MINUTES * i / n;
        long to = SPAN_MINUTES * (i + 1) / n;
        long minute = from + rnd.nextInt((int) Math.max(1, to - from));
        return START.plusMinutes(minute).atOffset(ZoneOffset.UTC).format(ISO_UTC);
    }

    /** The templates of one label and language in a shuffled order, dealt in a cycle. */
    private static final class TemplateDeck {
        private final List<PostTemplate> order;
        private int next;

        TemplateDeck(List<PostTemplate> templates, SeededRandom rnd) {
            this.order = new ArrayList<>(templates);
            rnd.shuffle(order);
        }

        PostTemplate next() {
            PostTemplate t = order.get(next);
            next = (next + 1) % order.size();
            return t;
        }
    }
}
