package org.tnracademy.content.generator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.tnracademy.exercises.LocalizedText;

/**
 * A harassment case against one journalist across platforms that each show time their own way:
 * Chirper in the target's zone with CET/CEST, PhotoShare and ForumNet with the harasser's fixed
 * offset, WhisperChat in the sender's zone, e-mail in a Date header, and consular letters in
 * Arvenne time. The case runs from 5 March 2025, across both the North American (9 March) and the
 * European (30 March) summer-time changes, so converting to UTC is the whole exercise.
 */
public final class HarassmentCaseGenerator {

    public static final int MAX_SIZE = 1_000_000;

    private static final long SALT = 0x484152L; // "HAR"
    private static final long START = Times.epoch(2025, 3, 5, 6, 0);
    private static final ZoneId TARGET_ZONE = ZoneId.of("Europe/Brussels");
    private static final ZoneId MAIL_ZONE = ZoneId.of("America/Toronto");

    private enum Clock { CHIRPER, PHOTOSHARE, FORUMNET, WHISPERCHAT, EMAIL, LETTER }

    private final long seed;

    public HarassmentCaseGenerator() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public HarassmentCaseGenerator(long seed) {
        this.seed = seed;
    }

    /** Streams {@code n} events, ev-001 ..., in true time order (an exercise shuffles them). */
    public void generate(int n, Consumer<CaseEvent> out) {
        if (n < 2 || n > MAX_SIZE) {
            throw new IllegalArgumentException("case size must be from 2 to " + MAX_SIZE + " events, was " + n);
        }
        SeededRandom rnd = new SeededRandom(seed ^ SALT);
        String target = ShareTexts.target(rnd);
        String idFormat = "ev-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        long at = START;
        for (int i = 0; i < n; i++) {
            // gaps from 20 minutes to 3 days: close enough that the zones reorder events
            at += 60L * rnd.between(20, i % 3 == 2 ? 4320 : 900);
            Clock clock = Clock.values()[rnd.nextInt(Clock.values().length)];
            String harasser = ShareTexts.handle(rnd, "");
            String text = rnd.pick(texts(clock)).replace("{target}", target).replace("{harasser}", harasser);
            out.accept(event(String.format(Locale.ROOT, idFormat, i + 1), clock, at, text));
        }
    }

    private static CaseEvent event(String id, Clock clock, long epoch, String text) {
        Instant instant = Instant.ofEpochSecond(epoch);
        ZoneOffset offset;
        String shown;
        LocalizedText rule;
        String platform;
        switch (clock) {
            case CHIRPER -> {
                platform = "Chirper";
                offset = TARGET_ZONE.getRules().getOffset(instant);
                boolean summer = offset.getTotalSeconds() == 7200;
                shown = format(instant, offset, "d MMM uuuu, HH:mm") + (summer ? " CEST" : " CET");
                rule = summer ? Texts.of("CEST (Central European Summer Time, from 30 March) is UTC+2",
                        "CEST (heure d'été d'Europe centrale, depuis le 30 mars) correspond à UTC+2",
                        "MESZ/CEST (Mitteleuropäische Sommerzeit, ab 30. März) entspricht UTC+2",
                        "il CEST (ora legale dell’Europa centrale, dal 30 marzo) corrisponde a UTC+2",
                        "CEST（中央ヨーロッパ夏時間、3月30日から）はUTC+2です")
                        : Texts.of("CET is UTC+1 (summer time starts only on 30 March)",
                        "CET correspond à UTC+1 (l'heure d'été ne commence que le 30 mars)",
                        "MEZ/CET entspricht UTC+1 (die Sommerzeit beginnt erst am 30. März)",
                        "il CET corrisponde a UTC+1 (l’ora legale inizia solo il 30 marzo)",
                        "CETはUTC+1です（夏時間は3月30日にようやく始まります）");
            }
            case PHOTOSHARE -> {
                platform = "PhotoShare";
                offset = ZoneOffset.ofHours(-5);
                shown = format(instant, offset, "d MMM uuuu, h:mm a") + " (UTC-5)";
                rule = Texts.of("UTC-5 as displayed: add five hours", "UTC-5 comme affiché : ajoutez cinq heures",
                        "UTC-5 wie angezeigt: addieren Sie fünf Stunden", "UTC-5 come indicato: aggiunga cinque ore",
                        "表示どおりUTC-5なので、5時間を足します");
            }
            case FORUMNET -> {
                platform = "ForumNet";
                offset = ZoneOffset.ofHours(5);
                shown = format(instant, offset, "dd/MM/uuuu HH:mm") + " (UTC+5)";
                rule = Texts.of("UTC+5 as displayed (day first in the date): subtract five hours",
                        "UTC+5 comme affiché (le jour d'abord dans la date) : retirez cinq heures",
                        "UTC+5 wie angezeigt (im Datum steht der Tag zuerst): ziehen Sie fünf Stunden ab",
                        "UTC+5 come indicato (nella data viene prima il giorno): sottragga cinque ore",
                        "表示どおりUTC+5（日付は日が先）なので、5時間を引きます");
            }
            case WHISPERCHAT -> {
                platform = "WhisperChat";
                offset = ZoneOffset.ofHours(3);
                shown = format(instant, offset, "EEE d MMM, HH:mm") + " (UTC+3)";
                rule = Texts.of("the sender's clock is UTC+3: subtract three hours",
                        "l'horloge de l'expéditeur est à UTC+3 : retirez trois heures",
                        "Die Uhr des Absenders steht auf UTC+3: ziehen Sie drei Stunden ab",
                        "l’orologio del mittente è su UTC+3: sottragga tre ore",
                        "送信者の時計はUTC+3なので、3時間を引きます");
            }
            case EMAIL -> {
                platform = "E-mail";
                offset = MAIL_ZONE.getRules().getOffset(instant);
                shown = "Date: " + format(instant, offset, "EEE, dd MMM uuuu HH:mm:ss xx");
                rule = Texts.format(Texts.of(
                        "the Date header carries its own offset (%s); North America changed to summer time on 9 March",
                        "l'en-tête Date porte son propre décalage (%s) ; l'Amérique du Nord est passée à l'heure d'été "
                                + "le 9 mars",
                        "Der Date-Header trägt seinen eigenen Versatz (%s); Nordamerika hat am 9. März auf Sommerzeit "
                                + "umgestellt",
                        "l’intestazione Date riporta il proprio scostamento (%s); il Nord America è passato all’ora "
                                + "legale il 9 marzo",
                        "Dateヘッダーには独自のオフセット（%s）が含まれています。北米は3月9日に夏時間に切り替わりました"),
                        offset.getId());
            }
            default -> {
                platform = "Letter";
                offset = CaseFileGenerator.ARVENNE;
                shown = "dated " + format(instant, offset, "d MMMM uuuu, HH:mm") + " (Arvenne time, UTC+4)";
                rule = Texts.of("Arvenne time is UTC+4 all year", "l'heure d'Arvenne est UTC+4 toute l'année",
                        "Die Zeit von Arvenne ist das ganze Jahr UTC+4", "l’ora di Arvenne è UTC+4 tutto l’anno",
                        "アルヴェンヌ時間は1年を通じてUTC+4です");
            }
        }
        String utc = Times.isoUtc(epoch).replace('T', ' ').substring(0, 16);
        LocalizedText why = Texts.formatEach(SHOWN_AS, code -> new Object[] {shown, Texts.in(rule, code), utc});
        return new CaseEvent(id, platform, shown, text, epoch, Times.isoAtOffset(epoch, offset), why);
    }

    /** The time as shown, the rule that converts it (a clause in the same language), the time in UTC. */
    private static final LocalizedText SHOWN_AS = Texts.of(
            "Shown as \"%1$s\": %2$s, so %3$s UTC.",
            "Affiché « %1$s » : %2$s, soit %3$s UTC.",
            "Angezeigt als „%1$s“: %2$s, also %3$s UTC.",
            "Indicato come «%1$s»: %2$s, quindi %3$s UTC.",
            "「%1$s」と表示されています。%2$s。したがって%3$s UTCです。");

    private static String format(Instant instant, ZoneOffset offset, String pattern) {
        return ZonedDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }

    private static List<String> texts(Clock clock) {
        return switch (clock) {
            case CHIRPER -> List.of(
                    "{harasser} replies to {target}'s thread: \"We know which café you work from.\"",
                    "{harasser} posts a photo of the entrance of {target}'s building.",
                    "A new account, {harasser}, tags {target} in 14 replies in a row.");
            case PHOTOSHARE -> List.of(
                    "{harasser} comments under {target}'s picture: \"Nice view from your balcony.\"",
                    "{harasser} shares a cropped screenshot of a private message {target} sent a source.");
            case FORUMNET -> List.of(
                    "A thread started by {harasser} asks who will \"pay {target} a visit\".",
                    "{harasser} posts {target}'s old student card in the thread.");
            case WHISPERCHAT -> List.of(
                    "Direct message to {target} from an unknown number: \"Your mother says hello.\"",
                    "Voice note to {target} from an unknown number: forty seconds of silence, then laughter.");
            case EMAIL -> List.of(
                    "An e-mail signed \"a concerned compatriot\" tells {target} to stop writing \"for the family's "
                            + "sake\".",
                    "An e-mail to {target}'s editor calls {target} a foreign agent and demands a dismissal.");
            case LETTER -> List.of(
                    "A letter from the Passport Directorate of Arvenne declares {target}'s passport invalid.",
                    "A letter from the Prosecutor General of Arvenne announces a request for an international "
                            + "notice against {target}.");
        };
    }
}
