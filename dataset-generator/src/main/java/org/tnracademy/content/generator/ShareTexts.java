package org.tnracademy.content.generator;

import java.util.List;

/** The invented words of the share log: handles, hashtags, campaign items, decoys and chatter. */
final class ShareTexts {

    private ShareTexts() {
    }

    /** "@saltheron42_syn"; {@code segmentSuffix} keeps handles unique across segments of large logs. */
    static String handle(SeededRandom rnd, String segmentSuffix) {
        String word = rnd.pick(Lexicon.HANDLE_FIRST) + rnd.pick(Lexicon.HANDLE_SECOND);
        String digits = rnd.nextInt(3) == 0 ? "" : Integer.toString(rnd.between(1, 99));
        return "@" + word + digits + segmentSuffix + Lexicon.HANDLE_SUFFIX;
    }

    /** The journalist a network attacks: a name-like handle from the targets' surnames. */
    static String target(SeededRandom rnd) {
        String first = rnd.pick(rnd.nextInt(2) == 0 ? Lexicon.WOMEN : Lexicon.MEN);
        return "@" + first.toLowerCase(java.util.Locale.ROOT) + "_"
                + rnd.pick(Lexicon.SURNAMES).toLowerCase(java.util.Locale.ROOT) + Lexicon.HANDLE_SUFFIX;
    }

    static List<String> hashtags(Language lang) {
        return switch (lang) {
            case EN -> List.of("#WhoFundsThem", "#PaidVoicesAbroad");
            case FR -> List.of("#QuiLesFinance", "#VoixAchetees");
        };
    }

    static List<String> campaignItems(Language lang) {
        return switch (lang) {
            case EN -> List.of(
                    "Who really pays {target}? Follow the money. {tag}",
                    "{target} smiles for foreign cameras while the country suffers. {tag}",
                    "Another \"investigation\" by {target}, another lie. Don't share it. {tag}",
                    "Ask {target} who paid for all those trips abroad. {tag}",
                    "Reminder: {target} has never once told the truth about home. {tag}",
                    "{target} works for whoever pays the most. Everyone knows it. {tag}");
            case FR -> List.of(
                    "Qui paie vraiment {target} ? Suivez l'argent. {tag}",
                    "{target} sourit aux caméras étrangères pendant que le pays souffre. {tag}",
                    "Encore une « enquête » de {target}, encore un mensonge. Ne partagez pas. {tag}",
                    "Demandez à {target} qui a payé tous ces voyages à l'étranger. {tag}",
                    "Rappel : {target} n'a jamais dit la vérité sur le pays. {tag}",
                    "{target} travaille pour le plus offrant. Tout le monde le sait. {tag}");
        };
    }

    static List<String> intros(Language lang) {
        return switch (lang) {
            case EN -> List.of("Hello Chirper! New here.", "First post. Here to say what others won't.",
                    "Just joined. Following the news from home.", "New account, same old opinions.");
            case FR -> List.of("Bonjour à tous, je suis nouveau ici.", "Premier message. Ici pour dire ce que "
                    + "les autres taisent.", "Je viens d'arriver. Je suis l'actualité du pays.",
                    "Nouveau compte, mêmes convictions.");
        };
    }

    static List<String> decoyPosts(Language lang) {
        return switch (lang) {
            case EN -> List.of(
                    "Seeing {tag} everywhere today. Looks like a pile-on against {target}; read the report "
                            + "before you judge.",
                    "I used {tag} last week and I regret it. The claims about {target} don't hold up.",
                    "{tag} is trending again. Who are all these brand-new accounts?",
                    "Honest question, not a smear: who funds {target}'s outlet? {tag}",
                    "Long debate about {tag} at the community centre tonight. Heated, but civil.");
            case FR -> List.of(
                    "On voit {tag} partout aujourd'hui. Ça ressemble à une meute contre {target} ; lisez le "
                            + "rapport avant de juger.",
                    "J'ai utilisé {tag} la semaine dernière et je le regrette. Les accusations contre {target} ne "
                            + "tiennent pas.",
                    "{tag} revient en tendance. C'est qui, tous ces comptes tout neufs ?",
                    "Vraie question, pas une attaque : qui finance le média de {target} ? {tag}",
                    "Long débat sur {tag} au centre culturel ce soir. Vif, mais courtois.");
        };
    }

    static List<String> organicPosts(Language lang) {
        return switch (lang) {
            case EN -> List.of(
                    "The night bus was 40 minutes late again. Third time this week.",
                    "Finally found a bakery that makes bread like back home.",
                    "Anyone going to the football final on Saturday? Spare ticket.",
                    "Rain all day. Perfect weather for soup and a long book.",
                    "Our choir sings at the community centre on Friday, 19:00. All welcome.",
                    "Visa office queue this morning: two hours, but friendly staff.",
                    "Reading the election coverage from home and feeling far away.",
                    "Cooked my grandmother's lentil recipe. Not as good as hers.",
                    "Language exchange tonight: I teach, they correct my grammar.",
                    "The library extended its opening hours. Small win for students.",
                    "Market prices keep climbing. Tomatoes cost double what they did.",
                    "Congratulations to the under-12 team on their first win!");
            case FR -> List.of(
                    "Le bus de nuit avait encore 40 minutes de retard. Troisième fois cette semaine.",
                    "Enfin trouvé une boulangerie qui fait le pain comme au pays.",
                    "Quelqu'un va à la finale de foot samedi ? J'ai une place en trop.",
                    "Pluie toute la journée. Parfait pour une soupe et un long roman.",
                    "Notre chorale chante au centre culturel vendredi à 19 h. Entrée libre.",
                    "File d'attente au bureau des visas ce matin : deux heures, mais personnel aimable.",
                    "Je suis les élections au pays et je me sens bien loin.",
                    "J'ai cuisiné les lentilles de ma grand-mère. Moins bonnes que les siennes.",
                    "Échange linguistique ce soir : j'enseigne, on corrige ma grammaire.",
                    "La bibliothèque ouvre plus tard le soir. Petite victoire pour les étudiants.",
                    "Les prix du marché montent encore. Les tomates ont doublé.",
                    "Bravo aux moins de 12 ans pour leur première victoire !");
        };
    }
}
