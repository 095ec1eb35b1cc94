package org.tnracademy.content.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.tnracademy.exercises.LocalizedText;

/**
 * A share and interaction log with planted coordinated networks, for set-selection exercises.
 *
 * <p>The log is made of independent segments of about {@value #SEGMENT} posts (three days each),
 * so a million posts stream out in segments and never sit in memory together. In each segment two
 * networks of accounts are created within minutes of each other (their first post is a "just
 * joined" note) and, in waves, one member posts an item with the network's hashtag that the others
 * repost within seconds. Decoys use the same hashtags in their own words at their own times; some
 * organic accounts repost a network's item hours later, as people do.
 */
public final class ShareLogGenerator {

    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 1_000_000;
    static final int SEGMENT = 250;
    static final String PLATFORM = "Chirper";

    private static final long SALT = 0x5348415245L; // "SHARE": a stream of its own, apart from the posts'
    private static final long START = Times.epoch(2025, 4, 7, 6, 0);
    private static final long SEGMENT_SECONDS = 3L * 24 * 3600;
    /** Decoys and late reposts keep at least this far from a network's waves. */
    private static final long QUIET_SECONDS = 45L * 60;

    private final long seed;

    public ShareLogGenerator() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public ShareLogGenerator(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /**
     * Streams {@code n} posts, in time order, with ids share-001 ... (wider when n needs it), and
     * after each segment's posts the accounts of that segment in order of first appearance.
     */
    public void generate(int n, Consumer<DatasetPost> posts, Consumer<ShareAccount> accounts) {
        if (n < MIN_SIZE || n > MAX_SIZE) {
            throw new IllegalArgumentException("share log size must be from " + MIN_SIZE + " to " + MAX_SIZE
                    + ", was " + n);
        }
        SeededRandom rnd = new SeededRandom(seed ^ SALT);
        int segments = Math.max(1, n / SEGMENT);
        String idFormat = "share-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        int nextId = 1;
        for (int s = 0; s < segments; s++) {
            int size = (int) ((long) n * (s + 1) / segments - (long) n * s / segments);
            Segment segment = new Segment(rnd, s, segments > 1, size);
            for (Draft d : segment.build()) {
                posts.accept(new DatasetPost(String.format(Locale.ROOT, idFormat, nextId++), PLATFORM,
                        d.author.handle, d.author.lang, Times.isoUtc(d.at), d.text));
            }
            segment.accounts().forEach(accounts);
        }
    }

    /** A post before it is sorted into time order and numbered. */
    private record Draft(Account author, long at, int sequence, String text) {
    }

    private static final class Account {
        final String handle;
        final Language lang;
        final ShareAccount.Role role;
        final int network;
        long joinedAt = -1;
        final List<Long> repostLags = new ArrayList<>();
        final List<Long> ownTagPosts = new ArrayList<>();
        long lateRepostHours = -1;

        Account(String handle, Language lang, ShareAccount.Role role, int network) {
            this.handle = handle;
            this.lang = lang;
            this.role = role;
            this.network = network;
        }
    }

    /** One network's story: its members, hashtag, target and the times of its waves. */
    private record Network(int number, List<Account> members, String tag, String target, Language lang,
                           List<Long> waves, List<String> items) {
    }

    private static final class Segment {
        private final SeededRandom rnd;
        private final int index;
        private final boolean suffixed;
        private final int size;
        private final long start;
        private final Set<String> handles = new HashSet<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final Map<String, Account> byHandle = new LinkedHashMap<>();
        private List<Draft> sorted = List.of();

        Segment(SeededRandom rnd, int index, boolean suffixed, int size) {
            this.rnd = rnd;
            this.index = index;
            this.suffixed = suffixed;
            this.size = size;
            this.start = START + index * SEGMENT_SECONDS;
        }

        List<Draft> build() {
            int members = Math.clamp(size / 40, 3, 8);
            Network first = network(1, Language.EN, members);
            Network second = network(2, Language.FR, members);
            List<Network> networks = List.of(first, second);
            List<Long> allWaves = new ArrayList<>(first.waves);
            allWaves.addAll(second.waves);
            for (Network net : networks) {
                plantNetwork(net);
            }
            List<Account> decoys = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                Network net = networks.get(d % 2);
                Account decoy = account(net.lang, ShareAccount.Role.DECOY, 0);
                decoys.add(decoy);
                int count = 3 + rnd.nextInt(2);
                for (int p = 0; p < count; p++) {
                    long at = quietTime(allWaves);
                    decoy.ownTagPosts.add(at);
                    String template = rnd.pick(ShareTexts.decoyPosts(net.lang));
                    add(decoy, at, template.replace("{tag}", net.tag).replace("{target}", net.target));
                }
            }
            // one decoy is itself a new account: a creation date alone proves nothing
            Account newDecoy = decoys.get(rnd.nextInt(decoys.size()));
            newDecoy.joinedAt = quietTime(allWaves);
            add(newDecoy, newDecoy.joinedAt, rnd.pick(ShareTexts.intros(newDecoy.lang)));

            int organicCount = Math.max(6, size / 8);
            List<Account> organic = new ArrayList<>();
            for (int o = 0; o < organicCount; o++) {
                organic.add(account(o % 5 < 3 ? Language.EN : Language.FR, ShareAccount.Role.ORGANIC, 0));
            }
            for (int o = 0; o < organicCount; o += 3) {
                Account a = organic.get(o);
                a.joinedAt = start + rnd.nextInt((int) SEGMENT_SECONDS);
                add(a, a.joinedAt, rnd.pick(ShareTexts.intros(a.lang)));
            }
            // late, ordinary reposts of the networks' items by a few organic accounts
            for (int o = 1; o < organicCount && drafts.size() < size; o += 4) {
                Account a = organic.get(o);
                Network net = networks.get(o % 2);
                int wave = rnd.nextInt(net.waves.size());
                long hours = 2 + rnd.nextInt(20);
                long at = Math.min(net.waves.get(wave) + hours * 3600 + rnd.nextInt(3000), start + SEGMENT_SECONDS - 1);
                a.lateRepostHours = (at - net.waves.get(wave)) / 3600;
                add(a, at, "RT " + net.members.getFirst().handle + ": " + net.items.get(wave));
            }
            int o = 0;
            while (drafts.size() < size) {
                Account a = organic.get(o++ % organicCount);
                add(a, start + rnd.nextInt((int) SEGMENT_SECONDS), rnd.pick(ShareTexts.organicPosts(a.lang)));
            }
            if (drafts.size() != size) {
                throw new IllegalStateException("segment " + index + " planted " + drafts.size() + " posts for "
                        + size + ": the planted story must fit a segment of at least " + MIN_SIZE + " posts");
            }
            sorted = drafts.stream().sorted(Comparator.comparingLong(Draft::at).thenComparingInt(Draft::sequence))
                    .toList();
            return sorted;
        }

        /** Accounts in order of first appearance in the kept posts, with what the key says of them. */
        List<ShareAccount> accounts() {
            Map<String, Account> seen = new LinkedHashMap<>();
            sorted.forEach(d -> seen.putIfAbsent(d.author.handle, d.author));
            List<ShareAccount> out = new ArrayList<>();
            for (Account a : seen.values()) {
                out.add(new ShareAccount(a.handle, a.role, a.network, why(a)));
            }
            return out;
        }

        private Network network(int number, Language lang, int memberCount) {
            List<Account> members = new ArrayList<>();
            for (int m = 0; m < memberCount; m++) {
                members.add(account(lang, ShareAccount.Role.COORDINATED, number));
            }
            String tag = ShareTexts.hashtags(lang).get(rnd.nextInt(2));
            String target = ShareTexts.target(rnd);
            // created in the first hours of the segment, within ten minutes of each other
            long created = start + rnd.nextInt(6 * 3600);
            for (Account a : members) {
                a.joinedAt = created + rnd.nextInt(600);
            }
            // the networks' posts make up about 30 % of the segment
            int waveCount = Math.clamp((this.size * 3 / 20 - memberCount) / memberCount, 2, 6);
            List<Long> waves = new ArrayList<>();
            List<String> items = new ArrayList<>();
            List<String> deck = new ArrayList<>(ShareTexts.campaignItems(lang));
            rnd.shuffle(deck);
            long window = SEGMENT_SECONDS - (created - start) - 4 * 3600;
            for (int w = 0; w < waveCount; w++) {
                waves.add(created + 3600 + window * w / waveCount + rnd.nextInt((int) (window / waveCount / 2)));
                items.add(deck.get(w % deck.size()).replace("{tag}", tag).replace("{target}", target));
            }
            return new Network(number, members, tag, target, lang, waves, items);
        }

        private void plantNetwork(Network net) {
            for (Account a : net.members) {
                add(a, a.joinedAt, rnd.pick(ShareTexts.intros(a.lang)));
            }
            Account seedAccount = net.members.getFirst();
            for (int w = 0; w < net.waves.size(); w++) {
                long at = net.waves.get(w);
                add(seedAccount, at, net.items.get(w));
                long lag = 0;
                for (Account a : net.members.subList(1, net.members.size())) {
                    lag += 2 + rnd.nextInt(9);
                    a.repostLags.add(lag);
                    add(a, at + lag, "RT " + seedAccount.handle + ": " + net.items.get(w));
                }
            }
        }

        private long quietTime(List<Long> waves) {
            while (true) {
                long at = start + rnd.nextInt((int) SEGMENT_SECONDS);
                if (waves.stream().allMatch(w -> Math.abs(w - at) >= QUIET_SECONDS)) {
                    return at;
                }
            }
        }

        private Account account(Language lang, ShareAccount.Role role, int network) {
            String handle;
            do {
                handle = ShareTexts.handle(rnd, suffixed ? "_s" + (index + 1) : "");
            } while (!handles.add(handle));
            Account a = new Account(handle, lang, role, network);
            byHandle.put(handle, a);
            return a;
        }

        private void add(Account author, long at, String text) {
            drafts.add(new Draft(author, at, drafts.size(), text));
        }

        private LocalizedText why(Account a) {
            return switch (a.role) {
                case COORDINATED -> coordinated(a);
                case DECOY -> decoy(a);
                case ORGANIC -> a.lateRepostHours >= 0 ? Texts.format(LATE_REPOST, a.lateRepostHours) : null;
            };
        }

        private LocalizedText coordinated(Account a) {
            List<Account> net = byHandle.values().stream()
                    .filter(o -> o.role == ShareAccount.Role.COORDINATED && o.network == a.network).toList();
            long first = net.stream().mapToLong(o -> o.joinedAt).min().orElseThrow();
            long last = net.stream().mapToLong(o -> o.joinedAt).max().orElseThrow();
            long spreadMinutes = Math.max(1, (last - first + 59) / 60);
            String joined = Times.isoUtc(a.joinedAt).replace('T', ' ').substring(0, 16);
            if (a.repostLags.isEmpty()) {
                long maxLag = net.stream().flatMap(o -> o.repostLags.stream()).mapToLong(Long::longValue).max()
                        .orElse(0);
                return Texts.format(SEED, a.network, joined, spreadMinutes, net.size() - 1, maxLag);
            }
            long maxLag = a.repostLags.stream().mapToLong(Long::longValue).max().orElseThrow();
            return Texts.format(MEMBER, a.network, joined, spreadMinutes, net.size() - 1, a.repostLags.size(),
                    net.getFirst().handle, maxLag);
        }

        private static LocalizedText decoy(Account a) {
            long spanHours = a.ownTagPosts.isEmpty() ? 0
                    : (a.ownTagPosts.stream().mapToLong(Long::longValue).max().orElseThrow()
                    - a.ownTagPosts.stream().mapToLong(Long::longValue).min().orElseThrow()) / 3600;
            LocalizedText why = Texts.format(DECOY, a.ownTagPosts.size(), spanHours);
            return a.joinedAt >= 0 ? Texts.then(why, NEW_DECOY) : why;
        }

        // whole sentences per language, arguments by position (%1$s ...), so each language keeps its word order

        /** Hours after the item appeared. */
        private static final LocalizedText LATE_REPOST = Texts.of(
                "Not coordinated: reposted one of a network's items about %s hours after it appeared. Ordinary "
                        + "sharing comes late and alone; the network reposts within seconds, all together.",
                "Non coordonné : a repartagé un contenu d'un réseau environ %s heures après sa parution. Le partage "
                        + "ordinaire arrive tard et isolé ; le réseau repartage en quelques secondes, en bloc.",
                "Nicht koordiniert: hat einen Inhalt eines Netzwerks etwa %s Stunden nach seinem Erscheinen geteilt. "
                        + "Gewöhnliches Teilen kommt spät und vereinzelt; das Netzwerk teilt binnen Sekunden, alle "
                        + "zugleich.",
                "Non coordinato: ha ricondiviso un contenuto di una rete circa %s ore dopo la sua comparsa. La "
                        + "condivisione ordinaria arriva tardi e isolata; la rete ricondivide in pochi secondi, tutta "
                        + "insieme.",
                "連携していません：ネットワークの内容の1つを、公開から約%s時間後に再投稿しています。通常の共有は遅れて単発で起こりますが、"
                        + "ネットワークは数秒以内に一斉に再投稿します。");

        /** Network, joined (UTC), spread in minutes, other members, largest repost lag in seconds. */
        private static final LocalizedText SEED = Texts.of(
                "Coordinated (network %1$s): the seed account. It joined at %2$s UTC, within %3$s minutes of the %4$s "
                        + "other members, and every post it wrote with the network's hashtag was reposted by all of "
                        + "them within %5$s seconds.",
                "Coordonné (réseau %1$s) : le compte source. Il a été créé le %2$s UTC, à moins de %3$s minutes des "
                        + "%4$s autres membres, et chacun de ses messages portant le mot-dièse du réseau a été "
                        + "repartagé par tous en moins de %5$s secondes.",
                "Koordiniert (Netzwerk %1$s): das Ausgangskonto. Es wurde am %2$s UTC angelegt, innerhalb von %3$s "
                        + "Minuten nach den %4$s anderen Mitgliedern, und jeder seiner Beiträge mit dem Hashtag des "
                        + "Netzwerks wurde von allen innerhalb von %5$s Sekunden geteilt.",
                "Coordinato (rete %1$s): l’account di origine. È stato creato il %2$s UTC, a meno di %3$s minuti dagli "
                        + "altri %4$s membri, e ogni suo post con l’hashtag della rete è stato ricondiviso da tutti "
                        + "entro %5$s secondi.",
                "連携しています（ネットワーク%1$s）：起点アカウントです。%2$s UTCに作成され、他のメンバー%4$sアカウントとの差は%3$s分以内です。"
                        + "ネットワークのハッシュタグを付けたこのアカウントの投稿は、すべて%5$s秒以内に全員によって再投稿されています。");

        /** Network, joined (UTC), spread in minutes, other members, reposts, seed handle, largest lag in seconds. */
        private static final LocalizedText MEMBER = Texts.of(
                "Coordinated (network %1$s): joined at %2$s UTC, within %3$s minutes of the other %4$s members, and "
                        + "reposted %5$s items of %6$s, each within %7$s seconds of the original. Same creation "
                        + "window, same items, same seconds: one operator, not many people.",
                "Coordonné (réseau %1$s) : créé le %2$s UTC, à moins de %3$s minutes des %4$s autres membres, et a "
                        + "repartagé %5$s contenus de %6$s, chacun moins de %7$s secondes après l'original. Même "
                        + "fenêtre de création, mêmes contenus, mêmes secondes : un seul opérateur, pas plusieurs "
                        + "personnes.",
                "Koordiniert (Netzwerk %1$s): angelegt am %2$s UTC, innerhalb von %3$s Minuten nach den anderen %4$s "
                        + "Mitgliedern, und hat %5$s Inhalte von %6$s geteilt, jeden innerhalb von %7$s Sekunden nach "
                        + "dem Original. Gleiches Erstellungsfenster, gleiche Inhalte, gleiche Sekunden: ein "
                        + "Betreiber, nicht viele Menschen.",
                "Coordinato (rete %1$s): creato il %2$s UTC, a meno di %3$s minuti dagli altri %4$s membri, e ha "
                        + "ricondiviso %5$s contenuti di %6$s, ciascuno entro %7$s secondi dall’originale. Stessa "
                        + "finestra di creazione, stessi contenuti, stessi secondi: un solo operatore, non tante "
                        + "persone.",
                "連携しています（ネットワーク%1$s）：%2$s UTCに作成され、他のメンバー%4$sアカウントとの差は%3$s分以内です。%6$sの内容を"
                        + "%5$s件再投稿しており、いずれも元の投稿から%7$s秒以内です。作成時期も、内容も、秒単位のタイミングも同じ："
                        + "大勢の人ではなく、1人の運営者です。");

        /** Own posts with the hashtag, hours they spread over. */
        private static final LocalizedText DECOY = Texts.of(
                "Decoy, not coordinated: uses the network's hashtag in %s posts of its own words, spread over %s "
                        + "hours, never within minutes of the network's waves, and never reposts its items. A shared "
                        + "hashtag is a topic, not a tie.",
                "Leurre, non coordonné : emploie le mot-dièse du réseau dans %s messages rédigés par lui-même, étalés "
                        + "sur %s heures, jamais à quelques minutes des vagues du réseau, et ne repartage jamais ses "
                        + "contenus. Un mot-dièse commun est un sujet, pas un lien.",
                "Köder, nicht koordiniert: verwendet den Hashtag des Netzwerks in %s Beiträgen in eigenen Worten, "
                        + "verteilt über %s Stunden, nie wenige Minuten neben den Wellen des Netzwerks, und teilt nie "
                        + "dessen Inhalte. Ein gemeinsamer Hashtag ist ein Thema, keine Verbindung.",
                "Esca, non coordinato: usa l’hashtag della rete in %s post scritti con parole proprie, distribuiti su "
                        + "%s ore, mai a pochi minuti dalle ondate della rete, e non ricondivide mai i suoi contenuti. "
                        + "Un hashtag comune è un argomento, non un legame.",
                "おとりであり、連携していません：ネットワークのハッシュタグを自分の言葉による%s件の投稿で使っていますが、それらは%s時間に"
                        + "わたって分散しており、ネットワークの投稿の波から数分以内に重なることはなく、その内容を再投稿することもありません。"
                        + "共通のハッシュタグは話題であって、つながりではありません。");

        private static final LocalizedText NEW_DECOY = Texts.of(
                "It is a new account too: a creation date alone proves nothing.",
                "C'est aussi un compte récent : une date de création seule ne prouve rien.",
                "Es ist zudem ein neues Konto: ein Erstellungsdatum allein beweist nichts.",
                "È anche un account recente: una data di creazione da sola non prova nulla.",
                "新しいアカウントでもありますが、作成日だけでは何も証明されません。");
    }
}
