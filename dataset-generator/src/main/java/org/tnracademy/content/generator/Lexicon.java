package org.tnracademy.content.generator;

import java.util.List;

/**
 * The invented word lists the posts are built from. Names are recombined so that no full name
 * belongs to a real person on purpose; towns, streets, outlets, employers and schools are made up;
 * every domain ends in the reserved {@code .example} top-level domain and every handle in
 * {@code _syn}. Lists are in fixed order: their order is part of what makes the output repeatable.
 */
final class Lexicon {

    static final String HANDLE_SUFFIX = "_syn";
    static final String DOMAIN_SUFFIX = ".example";
    /** "+00" is no country's calling code: the number cannot reach anyone. */
    static final String PHONE_PREFIX = "+00 555 01";

    static final List<String> PLATFORMS = List.of("Chirper", "PhotoShare", "ForumNet", "ClipStream");

    static final List<String> WOMEN = List.of(
            "Mara", "Anouk", "Ilka", "Sabeen", "Tamsin", "Noor", "Oriane", "Yara", "Lisette", "Ines", "Solveig",
            "Dalia");
    static final List<String> MEN = List.of(
            "Idris", "Tomas", "Karim", "Anselm", "Dario", "Emeric", "Joren", "Malik", "Teodor", "Yannick", "Bastien",
            "Oren");
    /** Surnames of the people posts are about: journalists, activists, bloggers. */
    static final List<String> SURNAMES = List.of(
            "Dravelin", "Okonte", "Faresque", "Halvorine", "Zembrak", "Castellune", "Morvaine", "Tessaril",
            "Kavanetti", "Oyelund", "Brisandre", "Ilvarre", "Quennard", "Savolde");
    /**
     * Surnames of authors and officials, apart from the targets' so that a person attacked in one
     * post never turns up as the author of another.
     */
    static final List<String> OTHER_SURNAMES = List.of(
            "Avenel", "Corbisier", "Deverin", "Fenwarde", "Gallimore", "Hestrand", "Lindqvale", "Marrant",
            "Pellucci", "Rosander", "Vantongre", "Wexmoor");

    /** Two halves of authors' word handles, as in "@rivermoth_syn". */
    static final List<String> HANDLE_FIRST = List.of(
            "river", "ember", "quiet", "north", "salt", "lantern", "copper", "willow", "stone", "harbor", "cinder",
            "amber", "frost", "meadow", "iron", "velvet");
    static final List<String> HANDLE_SECOND = List.of(
            "moth", "finch", "stoat", "fox", "heron", "wren", "otter", "lark", "pine", "reed", "owl", "crane",
            "badger", "vole", "kite", "tern");

    /** Two halves of the pseudonyms diaspora bloggers write under, as in "@exilenotes_syn". */
    static final List<String> PSEUDONYM_FIRST = List.of("exile", "free", "night", "far", "open", "plain", "true",
            "quiet");
    static final List<String> PSEUDONYM_SECOND = List.of("notes", "ink", "quill", "letters", "voice", "pages",
            "dispatch", "pen");

    /** Towns in the target's country of origin: invented, and the same in both languages. */
    static final List<String> HOMELAND_TOWNS = List.of("Tarrun", "Ismerin", "Corvale", "Nadrith", "Belvasco");

    static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<String> MONTHS_FR = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre");

    /** A news outlet and the domain it publishes under. */
    record Outlet(String name, String domain) {
    }

    private Lexicon() {
    }

    static List<String> towns(Language lang) {
        return switch (lang) {
            case EN -> List.of("Umberwick", "Saltmarrow", "Fennick Vale", "Lowmere-on-Tarn", "Brackenhollow");
            // none starts with a vowel: French templates write "de {town}"
            case FR -> List.of("Vireloup", "Saint-Ondrelle", "Beaumarnoir", "Castelbrune", "Valrouge-les-Saules");
        };
    }

    static List<String> streets(Language lang) {
        return switch (lang) {
            case EN -> List.of("Heronfield Lane", "Quarry Steps", "Larkspur Row", "Tallowmaker Street",
                    "Candlewick Road", "Gorse Hill Crescent");
            case FR -> List.of("rue des Quatre-Fanaux", "allée des Cormorans-Gris", "rue du Puits-Salé",
                    "impasse des Lanternes", "avenue Berthe-Orsini", "rue Haute-des-Vanniers");
        };
    }

    static List<Outlet> outlets(Language lang) {
        return switch (lang) {
            case EN -> List.of(new Outlet("Harbourlight Courier", "harbourlight.example"),
                    new Outlet("Northgate Review", "northgate-review.example"),
                    new Outlet("Meridian Wire", "meridianwire.example"));
            case FR -> List.of(new Outlet("Clairvoie", "clairvoie.example"),
                    new Outlet("Radio Quatre-Vents", "quatrevents.example"),
                    new Outlet("Vigie Hebdo", "vigie-hebdo.example"));
        };
    }

    /** Personal mail providers: where a leaked private address would live. */
    static List<String> mailDomains(Language lang) {
        return switch (lang) {
            case EN -> List.of("mailbox.example", "postbox.example");
            case FR -> List.of("courriel.example", "boite.example");
        };
    }

    /** Workplaces, written to follow "at"/"outside" in English and "à"/"devant"/"de" in French. */
    static List<String> employers(Language lang) {
        return switch (lang) {
            case EN -> List.of("Greyfen Community Clinic", "Saltmarrow General Hospital", "Brackenhollow Logistics",
                    "the Fennick Vale care home");
            case FR -> List.of("la clinique des Trois-Saules", "l'entrepôt Ravenel", "la maison de retraite des Charmilles",
                    "la blanchisserie Orvalle");
        };
    }

    static List<String> schools(Language lang) {
        return switch (lang) {
            case EN -> List.of("Ashvale Primary School", "Brightwater Primary School", "Corrin Lane Primary School");
            case FR -> List.of("l'école Martine-Orvalle", "l'école des Trois-Tilleuls", "l'école Jean-Vasseral");
        };
    }

    /** Public halls: addresses organisers publish on purpose. */
    static List<String> venues(Language lang) {
        return switch (lang) {
            case EN -> List.of("the Lantern Hall", "the Riverside Community Centre", "the Old Ropeworks");
            case FR -> List.of("la salle des Lanternes", "la maison de quartier du Moulin-Bleu", "l'ancienne corderie");
        };
    }
}
