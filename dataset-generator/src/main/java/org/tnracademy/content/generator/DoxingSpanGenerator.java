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
            case "address" -> Texts.of("Home address", "Adresse du domicile", "Wohnadresse", "Indirizzo di casa",
                    "自宅の住所");
            case "phone" -> Texts.of("Private phone number", "Numéro de téléphone privé",
                    "Private Telefonnummer", "Numero di telefono privato", "個人の電話番号");
            case "email" -> Texts.of("Private e-mail address", "Adresse électronique privée",
                    "Private E-Mail-Adresse", "Indirizzo e-mail privato", "個人のメールアドレス");
            case "workplace" -> Texts.of("Workplace", "Lieu de travail", "Arbeitsort", "Luogo di lavoro", "勤務先");
            case "relative" -> Texts.of("Relative's name", "Nom d'un proche", "Name einer angehörigen Person",
                    "Nome di un parente", "親族の名前");
            case "identity-document" -> Texts.of("Identity document number",
                    "Numéro de pièce d'identité", "Nummer eines Ausweisdokuments", "Numero di un documento d’identità",
                    "身分証明書の番号");
            case "date-of-birth" -> Texts.of("Date of birth", "Date de naissance", "Geburtsdatum", "Data di nascita", "生年月日");
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
        return Texts.format(switch (category) {
            case "address" -> Texts.of(
                    "\"%s\" is a home address: it tells a hostile audience where to find the person.",
                    "« %s » est une adresse de domicile : elle indique à un public hostile où trouver la personne.",
                    "„%s“ ist eine Wohnadresse: Sie verrät einem feindseligen Publikum, wo die Person zu finden ist.",
                    "«%s» è un indirizzo di casa: dice a un pubblico ostile dove trovare la persona.",
                    "「%s」は自宅の住所です。敵対的な人々に、その人の居場所を教えてしまいます。");
            case "phone" -> Texts.of(
                    "\"%s\" is a private phone number, an open door to calls and threats.",
                    "« %s » est un numéro privé, une porte ouverte aux appels et aux menaces.",
                    "„%s“ ist eine private Telefonnummer, ein offenes Tor für Anrufe und Drohungen.",
                    "«%s» è un numero di telefono privato, una porta aperta a chiamate e minacce.",
                    "「%s」は個人の電話番号で、電話や脅迫を招き入れる入り口になります。");
            case "email" -> Texts.of(
                    "\"%s\" is a private e-mail address given out to direct abuse at the person.",
                    "« %s » est une adresse électronique privée livrée pour diriger les attaques vers la personne.",
                    "„%s“ ist eine private E-Mail-Adresse, preisgegeben, um Angriffe auf die Person zu lenken.",
                    "«%s» è un indirizzo e-mail privato diffuso per indirizzare gli attacchi verso la persona.",
                    "「%s」は個人のメールアドレスで、その人に攻撃を向けるために公開されています。");
            case "workplace" -> Texts.of(
                    "\"%s\" is a workplace: with \"works nights\" it gives a place and a routine.",
                    "« %s » est un lieu de travail : avec « travaille la nuit », il donne un lieu et des habitudes.",
                    "„%s“ ist ein Arbeitsort: zusammen mit „arbeitet nachts“ verrät er einen Ort und einen "
                            + "Tagesablauf.",
                    "«%s» è un luogo di lavoro: con «lavora di notte» fornisce un luogo e delle abitudini.",
                    "「%s」は勤務先です。「夜勤をしている」という情報と合わせて、場所と日々の行動パターンがわかります。");
            case "relative" -> Texts.of(
                    "\"%s\" names a relative still in the home country: the lever of threats to family.",
                    "« %s » nomme une proche restée au pays : le levier des menaces contre la famille.",
                    "„%s“ nennt eine Angehörige, die noch im Herkunftsland lebt: der Hebel für Drohungen gegen die "
                            + "Familie.",
                    "«%s» nomina una parente rimasta nel paese d’origine: la leva delle minacce contro la famiglia.",
                    "「%s」は本国に残る親族の名前です。家族への脅迫の手段になります。");
            case "identity-document" -> Texts.of(
                    "\"%s\" is an identity document number, enough to impersonate the person or report them to the "
                            + "authorities.",
                    "« %s » est un numéro de pièce d'identité, de quoi usurper l'identité de la personne ou la "
                            + "signaler aux autorités.",
                    "„%s“ ist die Nummer eines Ausweisdokuments; sie genügt, um sich als die Person auszugeben oder "
                            + "sie bei den Behörden zu melden.",
                    "«%s» è il numero di un documento d’identità, sufficiente per impersonare la persona o "
                            + "segnalarla alle autorità.",
                    "「%s」は身分証明書の番号で、その人になりすましたり、当局に通報したりするのに十分な情報です。");
            default -> Texts.of(
                    "\"%s\" is a date of birth: with a name, it identifies the person in official records.",
                    "« %s » est une date de naissance : avec un nom, elle identifie la personne dans les registres "
                            + "officiels.",
                    "„%s“ ist ein Geburtsdatum: zusammen mit einem Namen identifiziert es die Person in amtlichen "
                            + "Registern.",
                    "«%s» è una data di nascita: con un nome, identifica la persona nei registri ufficiali.",
                    "「%s」は生年月日です。名前と合わせると、公的な記録の中でその人を特定できます。");
        }, value);
    }
}
