package org.tnracademy.content.generator;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.tnracademy.exercises.LocalizedText;

/**
 * Case files on document invalidation and abusive international notices, issued by the invented
 * Republic of Arvenne (UTC+4) against invented people abroad. Streams; one record at a time.
 */
public final class CaseFileGenerator {

    public static final int MAX_SIZE = 1_000_000;
    static final ZoneOffset ARVENNE = ZoneOffset.ofHours(4);

    private static final long SALT = 0x43415345L; // "CASE"
    private static final long START = Times.epoch(2025, 1, 6, 6, 0);
    private static final List<String> KINDS = List.of("passport-invalidation", "consular-service-refusal",
            "international-notice-request", "extradition-request");

    private final long seed;

    public CaseFileGenerator() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public CaseFileGenerator(long seed) {
        this.seed = seed;
    }

    /** Streams {@code n} case files, case-001 ..., in time order, the kinds in turn. */
    public void generate(int n, Consumer<CaseFile> out) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("case file count must be from 1 to " + MAX_SIZE + ", was " + n);
        }
        SeededRandom rnd = new SeededRandom(seed ^ SALT);
        String idFormat = "case-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        long at = START;
        for (int i = 0; i < n; i++) {
            at += 3600L * rnd.between(6, 240);
            // offices work 08:00-17:00 Arvenne time: round to the minute within office hours
            long local = at + ARVENNE.getTotalSeconds();
            long day = Math.floorDiv(local, 86_400L);
            long issuedLocal = day * 86_400L + (8 + rnd.nextInt(9)) * 3600L + rnd.nextInt(60) * 60L;
            long issued = issuedLocal - ARVENNE.getTotalSeconds();
            String name = rnd.pick(rnd.nextInt(2) == 0 ? Lexicon.WOMEN : Lexicon.MEN) + " " + rnd.pick(Lexicon.SURNAMES);
            String ref = "SYN-" + rnd.between(100_000, 999_999);
            String kind = KINDS.get(i % KINDS.size());
            out.accept(record(String.format(Locale.ROOT, idFormat, i + 1), kind, Times.isoAtOffset(issued, ARVENNE),
                    name, ref, rnd.pick(Lexicon.HOMELAND_TOWNS)));
        }
    }

    private static CaseFile record(String id, String kind, String issuedAt, String name, String ref, String town) {
        return switch (kind) {
            case "passport-invalidation" -> new CaseFile(id, kind, issuedAt, "Passport Directorate of Arvenne", name,
                    Texts.format(PASSPORT, ref, name, town), PASSPORT_SIGNALS);
            case "consular-service-refusal" -> new CaseFile(id, kind, issuedAt, "Consulate of Arvenne", name,
                    Texts.format(SERVICE_REFUSED, name), SERVICE_SIGNALS);
            case "international-notice-request" -> new CaseFile(id, kind, issuedAt, "Prosecutor General of Arvenne",
                    name, Texts.format(NOTICE, name, ref), NOTICE_SIGNALS);
            default -> new CaseFile(id, kind, issuedAt, "Ministry of Justice of Arvenne", name,
                    Texts.format(EXTRADITION, name, ref), EXTRADITION_SIGNALS);
        };
    }

    // summaries as whole sentences per language, arguments by position

    /** Passport number, name, town. */
    private static final LocalizedText PASSPORT = Texts.of(
            "Passport %1$s of %2$s declared invalid \"for failure to report to the consulate\"; renewal only in "
                    + "person in %3$s.",
            "Passeport %1$s de %2$s déclaré invalide « pour défaut de présentation au consulat » ; renouvellement "
                    + "uniquement en personne à %3$s.",
            "Reisepass %1$s von %2$s „wegen Nichterscheinens beim Konsulat“ für ungültig erklärt; Verlängerung nur "
                    + "persönlich in %3$s.",
            "Passaporto %1$s di %2$s dichiarato non valido «per mancata presentazione al consolato»; rinnovo solo "
                    + "di persona a %3$s.",
            "%2$sのパスポート%1$sが「領事館への出頭を怠ったため」無効とされました。更新は%3$sでの本人手続きに限られます。");
    private static final LocalizedText PASSPORT_SIGNALS = Texts.of(
            "Invalidating a passport abroad and requiring a return to renew it strands the person or forces them "
                    + "home: a documented TNR tactic.",
            "Invalider un passeport à l'étranger et exiger un retour pour le renouveler bloque la personne ou la "
                    + "force à rentrer : une tactique de RTN documentée.",
            "Einen Reisepass im Ausland für ungültig zu erklären und für die Verlängerung eine Rückkehr zu "
                    + "verlangen, lässt die Person festsitzen oder zwingt sie nach Hause: eine dokumentierte Taktik "
                    + "transnationaler Repression.",
            "Invalidare un passaporto all’estero ed esigere un rientro per rinnovarlo blocca la persona o la "
                    + "costringe a tornare: una tattica documentata di repressione transnazionale.",
            "国外でパスポートを無効にし、更新のために帰国を求めることは、その人を足止めするか帰国を強いるもので、記録に残る国境を越えた弾圧の手口です。");
    /** Name. */
    private static final LocalizedText SERVICE_REFUSED = Texts.of(
            "Birth certificate for %1$s's child refused until %1$s \"clarifies their statements abroad\" in an "
                    + "interview.",
            "Acte de naissance de l'enfant de %1$s refusé tant que %1$s n'aura pas « clarifié ses déclarations à "
                    + "l'étranger » lors d'un entretien.",
            "Geburtsurkunde für das Kind von %1$s verweigert, bis %1$s in einem Gespräch „die Äußerungen im Ausland "
                    + "klarstellt“.",
            "Atto di nascita del figlio di %1$s rifiutato finché %1$s non avrà «chiarito le proprie dichiarazioni "
                    + "all’estero» in un colloquio.",
            "%1$sの子どもの出生証明書の発行が、%1$sが面談で「国外での発言を釈明する」まで拒否されています。");
    private static final LocalizedText SERVICE_SIGNALS = Texts.of(
            "A routine service made conditional on an interview about political speech: consular services used as "
                    + "leverage.",
            "Un service ordinaire conditionné à un entretien sur des propos politiques : les services consulaires "
                    + "servent de levier.",
            "Eine Routineleistung wird von einem Gespräch über politische Äußerungen abhängig gemacht: "
                    + "konsularische Dienste als Druckmittel.",
            "Un servizio ordinario subordinato a un colloquio su dichiarazioni politiche: i servizi consolari usati "
                    + "come leva.",
            "通常の行政サービスが、政治的な発言についての面談を条件とされています。領事サービスが圧力の手段として使われています。");
    /** Name, case number. */
    private static final LocalizedText NOTICE = Texts.of(
            "Request for an international wanted-person notice against %1$s for \"spreading false information "
                    + "harmful to the state\" (case %2$s).",
            "Demande de notice internationale de recherche contre %1$s pour « diffusion de fausses informations "
                    + "nuisibles à l'État » (affaire %2$s).",
            "Antrag auf internationale Fahndungsausschreibung gegen %1$s wegen „Verbreitung falscher, dem Staat "
                    + "schädlicher Informationen“ (Verfahren %2$s).",
            "Richiesta di avviso internazionale di ricerca contro %1$s per «diffusione di notizie false dannose per "
                    + "lo Stato» (procedimento %2$s).",
            "「国家に有害な虚偽情報の拡散」を理由とする、%1$sに対する国際手配通知の請求（事件番号%2$s）。");
    private static final LocalizedText NOTICE_SIGNALS = Texts.of(
            "The charge criminalises speech and the person is a known critic abroad: signs of an abusive, "
                    + "politically motivated notice request.",
            "L'accusation vise la parole et la personne est une critique connue à l'étranger : signes d'une demande "
                    + "de notice abusive, à motivation politique.",
            "Der Vorwurf kriminalisiert Meinungsäußerung, und die Person ist eine bekannte Kritikerin im Ausland: "
                    + "Anzeichen eines missbräuchlichen, politisch motivierten Ausschreibungsantrags.",
            "L’accusa criminalizza la parola e la persona è una nota voce critica all’estero: segni di una "
                    + "richiesta di avviso abusiva, politicamente motivata.",
            "容疑は発言を犯罪とするもので、対象者は国外で知られた批判者です。政治的動機による手配通知の濫用的な請求の兆候です。");
    /** Name, case number. */
    private static final LocalizedText EXTRADITION = Texts.of(
            "Extradition requested for %1$s for \"fraud\" (case %2$s), filed the week after %1$s testified before "
                    + "a foreign parliament.",
            "Extradition demandée pour %1$s pour « fraude » (affaire %2$s), déposée la semaine suivant son "
                    + "témoignage devant un parlement étranger.",
            "Auslieferung von %1$s wegen „Betrugs“ beantragt (Verfahren %2$s), eingereicht in der Woche, nachdem "
                    + "%1$s vor einem ausländischen Parlament ausgesagt hatte.",
            "Estradizione richiesta per %1$s per «frode» (procedimento %2$s), presentata la settimana dopo la "
                    + "testimonianza di %1$s davanti a un parlamento straniero.",
            "%1$sが外国の議会で証言した翌週に、「詐欺」を理由とする%1$sの引き渡しが請求されました（事件番号%2$s）。");
    private static final LocalizedText EXTRADITION_SIGNALS = Texts.of(
            "A common-law charge timed right after public testimony: check the timing and the evidence before "
                    + "taking the charge at face value.",
            "Une accusation de droit commun juste après un témoignage public : vérifiez la chronologie et les "
                    + "preuves avant de prendre l'accusation au pied de la lettre.",
            "Ein Vorwurf nach allgemeinem Strafrecht, zeitlich direkt nach einer öffentlichen Aussage: Prüfen Sie "
                    + "zeitlichen Ablauf und Beweise, bevor Sie den Vorwurf für bare Münze nehmen.",
            "Un’accusa di diritto comune subito dopo una testimonianza pubblica: verifichi la cronologia e le prove "
                    + "prima di prendere l’accusa alla lettera.",
            "公の場での証言の直後に出された一般犯罪の容疑です。容疑を額面どおりに受け取る前に、時期と証拠を確認してください。");
}
