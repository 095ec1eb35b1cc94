package org.tnracademy.content.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.tnracademy.exercises.LocalizedText;

/**
 * Doxing posts with the personal data they expose marked as character spans. Each post is written
 * piece by piece and every span's offsets are taken from the text as it is appended, in UTF-16 code
 * units (Java string indices, as {@code SpansAnswer} counts them), so they cannot drift from the
 * text. One post in five is a hard negative: public contact data, no span. Streams.
 */
public final class DoxingSpanGenerator {

    public static final int MAX_SIZE = 1_000_000;
    /** The categories, in the order an exercise lists them. */
    public static final List<String> CATEGORIES = List.of("address", "phone", "email", "workplace", "relative",
            "identity-document", "date-of-birth");

    private static final long SALT = 0x444F58L; // "DOX"

    private final long seed;

    public DoxingSpanGenerator() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public DoxingSpanGenerator(long seed) {
        this.seed = seed;
    }

    public static LocalizedText categoryTitle(String category) {
        return switch (category) {
            case "address" -> Texts.of("Home address", "Adresse du domicile");
            case "phone" -> Texts.of("Private phone number", "Numéro de téléphone privé");
            case "email" -> Texts.of("Private e-mail address", "Adresse électronique privée");
            case "workplace" -> Texts.of("Workplace", "Lieu de travail");
            case "relative" -> Texts.of("Relative's name", "Nom d'un proche");
            case "identity-document" -> Texts.of("Identity document number", "Numéro de pièce d'identité");
            case "date-of-birth" -> Texts.of("Date of birth", "Date de naissance");
            default -> throw new IllegalArgumentException("unknown span category " + category);
        };
    }

    /** Streams {@code n} posts, dox-001 ..., templates in a shuffled cycle. */
    public void generate(int n, Consumer<DoxingPost> out) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("doxing post count must be from 1 to " + MAX_SIZE + ", was " + n);
        }
        SeededRandom rnd = new SeededRandom(seed ^ SALT);
        String idFormat = "dox-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (order.isEmpty()) {
                for (int t = 0; t < TEMPLATE_COUNT; t++) {
                    order.add(t);
                }
                rnd.shuffle(order);
            }
            int template = order.removeFirst();
            Language lang = rnd.nextInt(5) < 3 ? Language.EN : Language.FR;
            boolean woman = rnd.nextInt(2) == 0;
            Cast cast = Cast.draw(rnd, lang, woman);
            String emoji = rnd.pick(List.of("\uD83D\uDC40", "\uD83D\uDCCD", "\u203C\uFE0F"));
            Writer w = new Writer(cast);
            write(template, lang, woman, emoji, w);
            out.accept(new DoxingPost(String.format(Locale.ROOT, idFormat, i + 1), lang, w.text.toString(), w.spans));
        }
    }

    private static final int TEMPLATE_COUNT = 5;

    private static void write(int template, Language lang, boolean woman, String emoji, Writer w) {
        boolean en = lang == Language.EN;
        String she = en ? (woman ? "she" : "he") : (woman ? "elle" : "il");
        switch (template) {
            case 0 -> {
                w.add(emoji + " " + (en ? "Found the traitor: {name} lives at " : "Trouvé·e : {name} habite au "));
                w.span("address", "{address}");
                w.add(en ? ". Private number " : ". Numéro perso ");
                w.span("phone", "{phone}");
                w.add(en ? ". Go and tell " + (woman ? "her" : "him") + " what you think."
                        : ". Allez lui dire ce que vous en pensez.");
            }
            case 1 -> {
                w.add(en ? "{pseudonym} is really {name}, works nights at " : "{pseudonym}, c'est {name}, travaille la "
                        + "nuit à ");
                w.span("workplace", "{employer}");
                w.add(en ? ". Write to " + (woman ? "her" : "him") + " at " : ". Écrivez-lui à ");
                w.span("email", "{email}");
                w.add(" " + emoji);
            }
            case 2 -> {
                w.add(en ? "{name}'s sister " : "La sœur de {name}, ");
                w.span("relative", "{sister}");
                w.add(en ? " still lives in {hometown}. Born " : (woman ? ", vit toujours à {hometown}. Née le "
                        : ", vit toujours à {hometown}. Né le "));
                w.span("date-of-birth", "{dob}");
                w.add(en ? ", " + she + " should remember where " + (woman ? "her" : "his") + " family is."
                        : ", " + she + " devrait se souvenir d'où est sa famille.");
            }
            case 3 -> {
                w.add(en ? "Leaked: {name}'s residence card, number " : "Fuite : titre de séjour de {name}, numéro ");
                w.span("identity-document", "{docNumber}");
                w.add(en ? ", home " : ", domicile ");
                w.span("address", "{address}");
                w.add(" " + emoji + (en ? " Share before it's deleted." : " Partagez avant suppression."));
            }
            default -> {
                // hard negative: an office's public line and a public venue, nobody's private data
                w.add(en ? "The {town} passport desk moved. Call {officePhone} or visit {venue}. " + emoji
                        : "Le guichet passeports de {town} a déménagé. Appelez le {officePhone} ou rendez-vous à {venue}. "
                        + emoji);
            }
        }
    }

    /** Appends filled text and records the offsets of each span as it is written. */
    private static final class Writer {
        private final Cast cast;
        private final StringBuilder text = new StringBuilder();
        private final List<ExposedSpan> spans = new ArrayList<>();

        Writer(Cast cast) {
            this.cast = cast;
        }

        void add(String template) {
            text.append(cast.fill(template));
        }

        void span(String category, String template) {
            int start = text.length();
            String value = cast.fill(template);
            text.append(value);
            spans.add(new ExposedSpan(start, text.length(), category, why(category, value)));
        }
    }

    private static LocalizedText why(String category, String value) {
        return switch (category) {
            case "address" -> Texts.of("\"" + value + "\" is a home address: it tells a hostile audience where "
                    + "to find the person.", "« " + value + " » est une adresse de domicile : elle indique à un public "
                    + "hostile où trouver la personne.");
            case "phone" -> Texts.of("\"" + value + "\" is a private phone number, an open door to calls and "
                    + "threats.", "« " + value + " » est un numéro privé, une porte ouverte aux appels et aux menaces.");
            case "email" -> Texts.of("\"" + value + "\" is a private e-mail address given out to direct abuse "
                    + "at the person.", "« " + value + " » est une adresse électronique privée livrée pour diriger "
                    + "les attaques vers la personne.");
            case "workplace" -> Texts.of("\"" + value + "\" is a workplace: with \"works nights\" it gives a "
                    + "place and a routine.", "« " + value + " » est un lieu de travail : avec « travaille la nuit », "
                    + "il donne un lieu et des habitudes.");
            case "relative" -> Texts.of("\"" + value + "\" names a relative still in the home country: the "
                    + "lever of threats to family.", "« " + value + " » nomme une proche restée au pays : le levier des "
                    + "menaces contre la famille.");
            case "identity-document" -> Texts.of("\"" + value + "\" is an identity document number, enough to "
                    + "impersonate the person or report them to the authorities.", "« " + value + " » est un numéro "
                    + "de pièce d'identité, de quoi usurper l'identité de la personne ou la signaler aux autorités.");
            default -> Texts.of("\"" + value + "\" is a date of birth: with a name, it identifies the person "
                    + "in official records.", "« " + value + " » est une date de naissance : avec un nom, elle "
                    + "identifie la personne dans les registres officiels.");
        };
    }
}
