package org.tnracademy.content.generator;

import static org.tnracademy.content.generator.MessageLabel.CONSULAR_IMPERSONATION;
import static org.tnracademy.content.generator.MessageLabel.LEGITIMATE;
import static org.tnracademy.content.generator.MessageLabel.PHISHING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * E-mails, text messages and chat messages received by members of a diaspora: generic phishing,
 * messages impersonating their home country's consulate, and legitimate mail, in English and
 * French. The home country is the invented Republic of Arvenne, whose only real consular domain is
 * {@value #OFFICIAL_DOMAIN}; every look-alike is under a reserved name too.
 */
public final class MessageGenerator {

    public static final int MAX_SIZE = 1_000_000;
    public static final String OFFICIAL_DOMAIN = "consulate-arvenne.example";
    public static final String OFFICIAL_SMS_SENDER = "ARV-CONSUL";

    private static final long SALT = 0x4D455353L; // "MESS"
    private static final long START = Times.epoch(2025, 5, 5, 7, 0);
    private static final long SPAN_SECONDS = 60L * 24 * 3600;
    /** Per block of ten messages: three phishing, three impersonations, four legitimate. */
    private static final List<MessageLabel> BLOCK = List.of(PHISHING, PHISHING, PHISHING, CONSULAR_IMPERSONATION,
            CONSULAR_IMPERSONATION, CONSULAR_IMPERSONATION, LEGITIMATE, LEGITIMATE, LEGITIMATE, LEGITIMATE);

    private final long seed;

    public MessageGenerator() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public MessageGenerator(long seed) {
        this.seed = seed;
    }

    /** Streams {@code n} messages, msg-001 ..., in time order. */
    public void generate(int n, Consumer<LabelledMessage> out) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("message set size must be from 1 to " + MAX_SIZE + ", was " + n);
        }
        SeededRandom rnd = new SeededRandom(seed ^ SALT);
        Map<String, List<MessageTemplate>> decks = new LinkedHashMap<>();
        Map<String, Integer> dealt = new LinkedHashMap<>();
        for (MessageTemplate t : MessageTemplates.all()) {
            decks.computeIfAbsent(t.label() + "/" + t.lang(), k -> new ArrayList<>()).add(t);
        }
        decks.values().forEach(rnd::shuffle);
        String idFormat = "msg-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        List<MessageLabel> block = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (block.isEmpty()) {
                block.addAll(BLOCK);
                rnd.shuffle(block);
            }
            MessageLabel label = block.removeFirst();
            Language lang = rnd.nextInt(5) < 3 ? Language.EN : Language.FR;
            String kind = label + "/" + lang;
            List<MessageTemplate> deck = decks.get(kind);
            int position = dealt.merge(kind, 1, Integer::sum) - 1;
            MessageTemplate t = deck.get(position % deck.size());
            Map<String, String> values = values(rnd, lang);
            long from = SPAN_SECONDS * i / n;
            long to = SPAN_SECONDS * (i + 1) / n;
            long at = START + from + rnd.nextInt((int) Math.max(1, to - from));
            DatasetPost post = new DatasetPost(String.format(Locale.ROOT, idFormat, i + 1), t.channel(),
                    fill(t.sender(), values), lang, Times.isoUtc(at), fill(t.text(), values));
            out.accept(new LabelledMessage(post, label, Texts.map(t.why(), why -> fill(why, values))));
        }
    }

    /** Every value is drawn for every message, so that a template's wording never shifts the stream. */
    private static Map<String, String> values(SeededRandom rnd, Language lang) {
        Map<String, String> v = new LinkedHashMap<>();
        boolean woman = rnd.nextInt(2) == 0;
        String first = rnd.pick(woman ? Lexicon.WOMEN : Lexicon.MEN);
        String last = rnd.pick(Lexicon.SURNAMES);
        v.put("first", first);
        v.put("name", first + " " + last);
        v.put("colleague", rnd.pick(Lexicon.WOMEN) + " " + rnd.pick(Lexicon.OTHER_SURNAMES));
        v.put("ref", "SYN-" + rnd.between(100_000, 999_999));
        v.put("code", Integer.toString(rnd.between(100_000, 999_999)));
        v.put("phone", Lexicon.PHONE_PREFIX + String.format(Locale.ROOT, "%02d", rnd.nextInt(100)));
        v.put("day", Integer.toString(rnd.between(2, 27)));
        v.put("hour", Integer.toString(rnd.between(9, 16)));
        v.put("lookalike", rnd.pick(List.of("consulate-arvenne-gov.example", "arvenne-consulate.example",
                "consulate-arvenne.test", "consu1ate-arvenne.example")));
        v.put("town", rnd.pick(Lexicon.towns(lang)));
        v.put("hometown", rnd.pick(Lexicon.HOMELAND_TOWNS));
        v.put("official", OFFICIAL_DOMAIN);
        v.put("smsSender", OFFICIAL_SMS_SENDER);
        return v;
    }

    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            String value = close < 0 ? null : values.get(template.substring(open + 1, close));
            if (value == null) {
                throw new IllegalArgumentException("Unknown or unclosed placeholder in template: " + template);
            }
            out.append(template, from, open).append(value);
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }
}
