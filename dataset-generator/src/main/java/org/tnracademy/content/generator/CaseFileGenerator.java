package org.tnracademy.content.generator;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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
                    Texts.of("Passport " + ref + " of " + name + " declared invalid \"for failure to report to "
                            + "the consulate\"; renewal only in person in " + town + ".",
                            "Passeport " + ref + " de " + name + " déclaré invalide « pour défaut de présentation au "
                                    + "consulat » ; renouvellement uniquement en personne à " + town + "."),
                    Texts.of("Invalidating a passport abroad and requiring a return to renew it strands the "
                            + "person or forces them home: a documented TNR tactic.",
                            "Invalider un passeport à l'étranger et exiger un retour pour le renouveler bloque la "
                                    + "personne ou la force à rentrer : une tactique de RTN documentée."));
            case "consular-service-refusal" -> new CaseFile(id, kind, issuedAt, "Consulate of Arvenne", name,
                    Texts.of("Birth certificate for " + name + "'s child refused until " + name + " \"clarifies "
                            + "their statements abroad\" in an interview.",
                            "Acte de naissance de l'enfant de " + name + " refusé tant que " + name + " n'aura pas "
                                    + "« clarifié ses déclarations à l'étranger » lors d'un entretien."),
                    Texts.of("A routine service made conditional on an interview about political speech: "
                            + "consular services used as leverage.",
                            "Un service ordinaire conditionné à un entretien sur des propos politiques : les "
                                    + "services consulaires servent de levier."));
            case "international-notice-request" -> new CaseFile(id, kind, issuedAt, "Prosecutor General of Arvenne",
                    name, Texts.of("Request for an international wanted-person notice against " + name + " for "
                            + "\"spreading false information harmful to the state\" (case " + ref + ").",
                            "Demande de notice internationale de recherche contre " + name + " pour « diffusion de "
                                    + "fausses informations nuisibles à l'État » (affaire " + ref + ")."),
                    Texts.of("The charge criminalises speech and the person is a known critic abroad: signs "
                            + "of an abusive, politically motivated notice request.",
                            "L'accusation vise la parole et la personne est une critique connue à l'étranger : "
                                    + "signes d'une demande de notice abusive, à motivation politique."));
            default -> new CaseFile(id, kind, issuedAt, "Ministry of Justice of Arvenne", name,
                    Texts.of("Extradition requested for " + name + " for \"fraud\" (case " + ref + "), filed "
                            + "the week after " + name + " testified before a foreign parliament.",
                            "Extradition demandée pour " + name + " pour « fraude » (affaire " + ref + "), déposée "
                                    + "la semaine suivant son témoignage devant un parlement étranger."),
                    Texts.of("A common-law charge timed right after public testimony: check the timing and "
                            + "the evidence before taking the charge at face value.",
                            "Une accusation de droit commun juste après un témoignage public : vérifiez la "
                                    + "chronologie et les preuves avant de prendre l'accusation au pied de la lettre."));
        };
    }
}
