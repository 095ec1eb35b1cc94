package org.tnracademy.content.generator.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tnracademy.content.generator.DatasetPost;
import org.tnracademy.content.generator.Language;
import org.tnracademy.content.generator.Texts;
import org.tnracademy.content.generator.Times;
import org.tnracademy.exercises.LocalizedText;

/**
 * An interaction log (posts, replies and reposts on Chirper over three days) with planted operators
 * and look-alike communities, for account-attribution exercises. Deterministic from its seed: its
 * own SplitMix64 stream, no clock, locale or hash order.
 *
 * <p>Each <em>operator</em> runs a few sock puppets: created within minutes of each other, posting
 * only in the operator's shift, every post ending with the operator's habit (a sign-off, a link
 * shortener of its own), and boosting its seed account within seconds (reposts) or a minute
 * (replies). Each <em>decoy community</em> is independent people who share a topic and talk to each
 * other too, but at human pace (minutes to hours), at any hour, each in their own words: alike at a
 * glance, not one actor. A few <em>loners</em> complete the log: one is brand new, one reposts an
 * operator's item hours later.
 */
public final class InteractionLogGenerator {

    static final String PLATFORM = "Chirper";
    private static final long START = Times.epoch(2025, 5, 12, 0, 0);
    private static final long DAY = 24 * 3600;
    private static final int DAYS = 3;

    /** One planted operator: its puppets (the first is the seed account) and what it is known by. */
    public record Operator(List<String> accounts, LocalizedText why) {
    }

    /**
     * The whole log: its posts in time order, the accounts in the order of their handles (the order
     * of first posts would put an operator's puppets side by side), the key's operators.
     */
    public record Log(List<DatasetPost> posts, List<String> accounts, List<Operator> operators) {
    }

    private record Habit(String signOff, String domain, int shiftStartHour, Language lang, String tag) {
    }

    private record Draft(String author, long at, int sequence, Language lang, String text) {
    }

    private static final List<String> FIRST = List.of("amber", "basalt", "cobalt", "dusk", "ember", "fjord", "gale",
            "heath", "indigo", "juniper", "kestrel", "lumen", "moss", "north", "opal", "pine", "quill", "rowan",
            "slate", "tide", "umber", "vale", "wren", "yarrow");
    private static final List<String> SECOND = List.of("fox", "lark", "otter", "finch", "hare", "moth", "crane",
            "vole", "swift", "newt", "heron", "lynx");
    private static final List<Habit> HABITS = List.of(
            new Habit(" Stay awake.", "brief.example", 6, Language.EN, "#ForeignAgentsOut"),
            new Habit(" #TruthFirst", "cut.example", 13, Language.EN, "#ForeignAgentsOut"),
            new Habit(" — À suivre…", "lien.example", 8, Language.FR, "#VoixVendues"));
    private static final List<String> TARGETS = List.of("@lena_varga_syn", "@omar_haddou_syn", "@ines_morel_syn");

    private final long seed;
    private long state;
    private final Set<String> handles = new HashSet<>();
    private final List<Draft> drafts = new ArrayList<>();

    public InteractionLogGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * The log with {@code operatorSizes.length} operators of those sizes, {@code communities} decoy
     * communities of {@code communitySize} people each, and {@code loners} accounts on their own.
     */
    public Log generate(int[] operatorSizes, int communities, int communitySize, int loners) {
        if (operatorSizes.length < 1 || operatorSizes.length > HABITS.size() || communities < 0 || communities > 2
                || communitySize < 2 || loners < 2) {
            throw new IllegalArgumentException("1 to " + HABITS.size() + " operators, up to 2 communities of at "
                    + "least 2, and at least 2 loners");
        }
        state = seed ^ 0x4154545249L; // "ATTRI": a stream of its own
        handles.clear();
        drafts.clear();
        List<Operator> operators = new ArrayList<>();
        for (int o = 0; o < operatorSizes.length; o++) {
            operators.add(operator(HABITS.get(o), TARGETS.get(o), operatorSizes[o]));
        }
        List<Operator> independents = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            // the first community talks about the first operator's hashtag: the look-alike
            independents.addAll(community(c == 0 ? HABITS.get(0).tag() : "#ChoraleDuQuartier", c == 0 ? Language.EN
                    : Language.FR, communitySize));
        }
        independents.addAll(loners(loners, operators.getFirst()));
        List<Draft> sorted = drafts.stream().sorted(Comparator.comparingLong(Draft::at)
                .thenComparingInt(Draft::sequence)).toList();
        List<DatasetPost> posts = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            posts.add(new DatasetPost(String.format(Locale.ROOT, "act-%03d", i + 1), PLATFORM, d.author(), d.lang(),
                    Times.isoUtc(d.at()), d.text()));
            if (seen.add(d.author())) {
                accounts.add(d.author());
            }
        }
        accounts.sort(Comparator.naturalOrder());
        List<Operator> key = new ArrayList<>(operators);
        key.addAll(independents);
        return new Log(posts, accounts, key);
    }

    private Operator operator(Habit habit, String target, int size) {
        List<String> puppets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            puppets.add(handle());
        }
        long created = START + habit.shiftStartHour() * 3600L + nextInt(3600);
        for (String puppet : puppets) {
            add(puppet, created + nextInt(480), habit.lang(), intro(habit.lang()) + habit.signOff());
        }
        String seedAccount = puppets.getFirst();
        int waves = 4;
        long maxLag = 0;
        for (int w = 0; w < waves; w++) {
            long at = shift(habit, 1 + w * (DAYS * 2 - 1) / waves);
            String link = "https://" + habit.domain() + "/" + code();
            String item = pick(campaign(habit.lang())).replace("{target}", target).replace("{tag}", habit.tag())
                    + " " + link + habit.signOff();
            add(seedAccount, at, habit.lang(), item);
            long lag = 0;
            for (String puppet : puppets.subList(1, puppets.size())) {
                lag += 3 + nextInt(12);
                boolean reply = nextInt(3) == 0;
                add(puppet, at + (reply ? lag + 30 : lag), habit.lang(), reply
                        ? seedAccount + " " + pick(agree(habit.lang())) + habit.signOff()
                        : "RT " + seedAccount + ": " + item);
                maxLag = Math.max(maxLag, reply ? lag + 30 : lag);
            }
        }
        for (String puppet : puppets) {
            add(puppet, shift(habit, nextInt(DAYS * 2)), habit.lang(), pick(filler(habit.lang())) + " https://"
                    + habit.domain() + "/" + code() + habit.signOff());
        }
        String start = String.format(Locale.ROOT, "%02d:00", habit.shiftStartHour());
        String end = String.format(Locale.ROOT, "%02d:00", habit.shiftStartHour() + 8);
        return new Operator(puppets, Texts.format(ONE_OPERATOR, size, start, end, habit.signOff().strip(),
                habit.domain(), seedAccount, maxLag));
    }

    /** Accounts, shift start and end (UTC), sign-off, link domain, seed account, largest lag in seconds. */
    private static final LocalizedText ONE_OPERATOR = Texts.of(
            "One operator: these %1$s accounts were created within ten minutes, post only between %2$s and %3$s UTC, "
                    + "end every post with \"%4$s\" and link through %5$s, and boost %6$s within %7$s seconds every "
                    + "time. People do not share a shift, a sign-off and a stopwatch.",
            "Un seul opérateur : ces %1$s comptes ont été créés à dix minutes d'intervalle, ne publient qu'entre %2$s "
                    + "et %3$s UTC, terminent chaque publication par « %4$s » et passent par %5$s, et relaient %6$s en "
                    + "moins de %7$s secondes à chaque fois. Des personnes ne partagent pas un horaire, une signature "
                    + "et un chronomètre.",
            "Ein Betreiber: Diese %1$s Konten wurden innerhalb von zehn Minuten angelegt, posten nur zwischen %2$s und "
                    + "%3$s UTC, beenden jeden Beitrag mit „%4$s“, verlinken über %5$s und verstärken %6$s jedes Mal "
                    + "innerhalb von %7$s Sekunden. Menschen teilen sich nicht Schicht, Grußformel und Stoppuhr.",
            "Un solo operatore: questi %1$s account sono stati creati a dieci minuti l’uno dall’altro, pubblicano solo "
                    + "tra le %2$s e le %3$s UTC, chiudono ogni post con «%4$s», passano per %5$s e rilanciano %6$s "
                    + "entro %7$s secondi ogni volta. Le persone non condividono un turno, una firma e un cronometro.",
            "1人の運営者です：これら%1$sのアカウントは10分以内に作成され、%2$sから%3$s UTCの間にしか投稿せず、すべての投稿を"
                    + "「%4$s」で締めくくり、%5$s経由でリンクし、毎回%7$s秒以内に%6$sを拡散しています。"
                    + "人間同士が勤務時間、締めの言葉、ストップウォッチまで共有することはありません。");

    /** Independent people on one topic who talk to each other at human pace: each is its own operator. */
    private List<Operator> community(String tag, Language lang, int size) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add(handle());
        }
        List<Operator> alone = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String person = people.get(i);
            String friend = people.get((i + 1) % size);
            long first = START + nextInt((int) (DAYS * DAY - 12 * 3600));
            String firstText = pick(topic(lang)).replace("{tag}", tag);
            add(person, first, lang, firstText);
            add(person, START + nextInt((int) (DAYS * DAY - 3600)), lang, pick(topic(lang)).replace("{tag}", tag));
            long replyLag = 600 + nextInt(3 * 3600);
            add(friend, first + replyLag, lang, person + " " + pick(chat(lang)));
            long repostLag = 2 * 3600 + nextInt(6 * 3600);
            add(people.get((i + 2) % size), first + repostLag, lang, "RT " + person + ": " + firstText);
            alone.add(new Operator(List.of(person), lang == Language.EN ? Texts.format(Texts.of(
                    "On its own: talks about %s with the others, but in its own words, at its own hours, answering "
                            + "minutes or hours later, never within seconds. A shared topic is not a shared operator.",
                    "Seul : parle de %s avec les autres, mais avec ses propres mots, à ses heures, et répond des "
                            + "minutes ou des heures plus tard, jamais en quelques secondes. Un sujet commun n'est pas "
                            + "un opérateur commun.",
                    "Eigenständig: spricht mit den anderen über %s, aber in eigenen Worten, zu eigenen Zeiten, und "
                            + "antwortet Minuten oder Stunden später, nie binnen Sekunden. Ein gemeinsames Thema ist "
                            + "kein gemeinsamer Betreiber.",
                    "Indipendente: parla di %s con gli altri, ma con parole proprie, nei propri orari, e risponde "
                            + "minuti o ore dopo, mai in pochi secondi. Un argomento comune non è un operatore comune.",
                    "単独です：他のアカウントと%sについて話していますが、自分の言葉で、自分の時間帯に、数分から数時間後に返信しており、"
                            + "数秒以内に返信することはありません。話題が共通でも、運営者が共通とは限りません。"), tag)
                    : Texts.of(
                    "On its own: a member of a choir's circle who writes, replies and reposts at human pace.",
                    "Seul : membre du cercle d'une chorale, qui écrit, répond et relaie à un rythme humain.",
                    "Eigenständig: Mitglied im Umfeld eines Chors, das in menschlichem Tempo schreibt, antwortet und "
                            + "teilt.",
                    "Indipendente: membro della cerchia di un coro, che scrive, risponde e ricondivide a ritmo umano.",
                    "単独です：合唱団の仲間の1人で、人間らしいペースで投稿、返信、再投稿しています。")));
        }
        return alone;
    }

    private List<Operator> loners(int count, Operator firstOperator) {
        List<Operator> alone = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String loner = handle();
            Language lang = i % 2 == 0 ? Language.EN : Language.FR;
            LocalizedText why;
            if (i == 0) {
                long at = START + DAY + nextInt(3600);
                add(loner, at, lang, intro(lang));
                why = Texts.of("On its own: a new account, but created alone, hours away from any other.",
                        "Seul : un compte récent, mais créé seul, à des heures de tout autre.",
                        "Eigenständig: ein neues Konto, aber allein angelegt, Stunden entfernt von jedem anderen.",
                        "Indipendente: un account recente, ma creato da solo, a ore di distanza da qualsiasi altro.",
                        "単独です：新しいアカウントですが、単独で作成されており、他のどのアカウントとも数時間離れています。");
            } else if (i == 1) {
                String seedAccount = firstOperator.accounts().getFirst();
                add(loner, START + 2 * DAY + 20 * 3600 + nextInt(1800), Language.EN, seedAccount
                        + " interesting, though I would like to see sources before I share it.");
                why = Texts.of("On its own: answered an operator's seed account once, many hours later, in its own words.",
                        "Seul : a répondu une fois au compte source d'un opérateur, des heures plus tard, avec ses propres mots.",
                        "Eigenständig: hat dem Ausgangskonto eines Betreibers einmal geantwortet, viele Stunden später, "
                                + "in eigenen Worten.",
                        "Indipendente: ha risposto una volta all’account di origine di un operatore, molte ore dopo, "
                                + "con parole proprie.",
                        "単独です：運営者の起点アカウントに一度だけ、何時間も後に、自分の言葉で返信しています。");
            } else {
                why = null;
            }
            for (int p = 0; p < 2; p++) {
                add(loner, START + nextInt((int) (DAYS * DAY)), lang, pick(filler(lang)));
            }
            alone.add(new Operator(List.of(loner), why));
        }
        return alone;
    }

    /** A time within the operator's eight-hour shift on a day of the log. */
    private long shift(Habit habit, int halfDay) {
        long day = START + (halfDay / 2) * DAY;
        return day + habit.shiftStartHour() * 3600L + 1800 + nextInt(7 * 3600);
    }

    private String handle() {
        String handle;
        do {
            handle = "@" + pick(FIRST) + pick(SECOND) + (nextInt(2) == 0 ? "" : Integer.toString(10 + nextInt(89)))
                    + "_syn";
        } while (!handles.add(handle));
        return handle;
    }

    private String code() {
        String letters = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            out.append(letters.charAt(nextInt(letters.length())));
        }
        return out.toString();
    }

    private void add(String author, long at, Language lang, String text) {
        drafts.add(new Draft(author, Math.min(at, START + DAYS * DAY - 1), drafts.size(), lang, text));
    }

    private static String intro(Language lang) {
        return lang == Language.EN ? "Just joined Chirper. Here to follow the news."
                : "Nouveau sur Chirper. Ici pour suivre l'actualité.";
    }

    private static List<String> campaign(Language lang) {
        return lang == Language.EN ? List.of(
                "Who pays {target}? Follow the money. {tag}",
                "{target} writes for foreign sponsors, not for us. {tag}",
                "Another 'investigation' by {target}, another lie. {tag}",
                "Ask {target} about the trips abroad. {tag}")
                : List.of(
                "Qui finance {target} ? Suivez l'argent. {tag}",
                "{target} écrit pour l'étranger, pas pour nous. {tag}",
                "Encore une « enquête » de {target}, encore un mensonge. {tag}",
                "Demandez à {target} qui paie ses voyages. {tag}");
    }

    private static List<String> agree(Language lang) {
        return lang == Language.EN ? List.of("Exactly this.", "Everyone needs to see this.", "Shared. Wake up people.")
                : List.of("Exactement.", "Tout le monde doit voir ça.", "Partagé. Réveillez-vous.");
    }

    private static List<String> filler(Language lang) {
        return lang == Language.EN ? List.of("Traffic on the ring road again this morning.",
                "Rain all day, perfect for reading.", "Good read on local elections.",
                "Coffee first, opinions later.")
                : List.of("Encore des bouchons ce matin.", "Pluie toute la journée, parfait pour lire.",
                "Bon article sur les élections locales.", "Un café d'abord, les opinions ensuite.");
    }

    private static List<String> topic(Language lang) {
        return lang == Language.EN ? List.of(
                "Not sure about all this {tag} talk. Where are the sources?",
                "I keep seeing {tag} today. Some of it reads like a script.",
                "{tag} is trending again; I would like to see actual documents.",
                "Reading the thread on {tag} with my evening tea. Mixed feelings.")
                : List.of(
                "Répétition ce soir, on travaille le deuxième motet. {tag}",
                "Merci à toutes les voix venues samedi ! {tag}",
                "Qui a la partition de l'alto ? {tag}",
                "Concert dans trois semaines, on cherche encore des ténors. {tag}");
    }

    private static List<String> chat(Language lang) {
        return lang == Language.EN ? List.of("fair point, I had not thought of that.",
                "I read it differently, but thanks for the link.", "agreed, we need the documents first.")
                : List.of("merci, je l'apporte jeudi.", "quelle belle soirée, vivement la prochaine !",
                "je viens avec ma sœur la prochaine fois.");
    }

    private <T> T pick(List<T> options) {
        return options.get(nextInt(options.size()));
    }

    /** SplitMix64, reduced to a bound without modulo bias worth caring about at these sizes. */
    private int nextInt(int bound) {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) Long.remainderUnsigned(z, bound);
    }
}
