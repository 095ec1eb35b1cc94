package org.tnracademy.content.generator;

import static org.tnracademy.content.generator.Label.BENIGN;
import static org.tnracademy.content.generator.Label.DOXING;
import static org.tnracademy.content.generator.Label.HARASSMENT;
import static org.tnracademy.content.generator.Label.SEXUALIZED_SMEAR;
import static org.tnracademy.content.generator.Label.THREAT_TO_FAMILY;
import static org.tnracademy.content.generator.Language.EN;
import static org.tnracademy.content.generator.Language.FR;
import static org.tnracademy.content.generator.PostTemplate.Target.ANYONE;
import static org.tnracademy.content.generator.PostTemplate.Target.MAN;
import static org.tnracademy.content.generator.PostTemplate.Target.WOMAN;

import java.util.ArrayList;
import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * Every post pattern the generator knows. English and French posts are written separately, not
 * translated, and share an explanation where they show the same signal. Benign posts are mostly
 * hard negatives: each looks like one of the harmful labels at first sight, and its explanation
 * says what is missing.
 *
 * <p>Content rules: sexualized smears are described, never depicted (the image is replaced by a
 * bracketed note); threats are implicit or plain, never graphic; no slurs.
 */
final class TemplateCatalog {

    private TemplateCatalog() {
    }

    /** All templates, in a fixed order (the order is part of what makes the output repeatable). */
    static List<PostTemplate> all() {
        List<PostTemplate> all = new ArrayList<>();
        all.addAll(doxing());
        all.addAll(sexualizedSmear());
        all.addAll(threatToFamily());
        all.addAll(harassment());
        all.addAll(benign());
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- doxing

    private static final LocalizedText DOX_HOME = Texts.of(
            "Doxing: the post publishes the private home address ({address}) and personal mobile number ({phone}) "
                    + "of a named journalist and invites readers to go there. Private locating data exposed to an "
                    + "audience, together with a call to act on it, is the core doxing signal.",
            "Doxing : le message rend publics l'adresse personnelle ({address}) et le numéro de portable privé "
                    + "({phone}) d'une journaliste nommément désignée, et invite les lecteurs à s'y rendre. Exposer "
                    + "des données de localisation privées à un public, avec un appel à agir, est le signal central "
                    + "du doxing.");

    private static final LocalizedText DOX_UNMASK = Texts.of(
            "Doxing by de-anonymisation: the post ties the pseudonymous account {pseudonym} to a real name "
                    + "({name}), an age and a workplace ({employer}). Unmasking someone who writes under a pseudonym "
                    + "for safety exposes them, and their relatives back home, to retaliation, even without a home "
                    + "address.",
            "Doxing par désanonymisation : le message relie le compte pseudonyme {pseudonym} à un nom réel "
                    + "({name}), un âge et un lieu de travail ({employer}). Démasquer une personne qui écrit sous "
                    + "pseudonyme pour sa sécurité l'expose, elle et ses proches restés au pays, à des représailles, "
                    + "même sans adresse de domicile.");

    private static final LocalizedText DOX_DOSSIER = Texts.of(
            "Doxing: the post gathers identity data (date of birth {dob}, passport number {docNumber}), a "
                    + "personal email address ({email}) and a new home address into one file and urges readers to "
                    + "keep copies. Compiling scattered private data into a shareable dossier is a typical doxing "
                    + "pattern; identity-document numbers can also feed abusive requests to authorities.",
            "Doxing : le message rassemble des données d'identité (date de naissance {dob}, numéro de passeport "
                    + "{docNumber}), une adresse électronique personnelle ({email}) et une nouvelle adresse de "
                    + "domicile, et pousse les lecteurs à en garder copie. Compiler des données privées éparses en "
                    + "un dossier partageable est un schéma typique du doxing ; un numéro de pièce d'identité peut "
                    + "en outre servir à des demandes abusives auprès des autorités.");

    private static final LocalizedText DOX_ROUTINE = Texts.of(
            "Doxing: the post gives an activist's daily routine near {employer}, his home address ({address}) and "
                    + "his phone number ({phone}), and ends with a veiled call to act. Routine and location details "
                    + "make a person findable offline; that is what separates doxing from criticism of his views.",
            "Doxing : le message donne les habitudes quotidiennes d'un militant près de {employer}, son adresse "
                    + "({address}) et son numéro ({phone}), puis se termine par un appel voilé à agir. Les détails "
                    + "d'horaires et de lieux rendent une personne repérable hors ligne : c'est ce qui distingue le "
                    + "doxing de la critique de ses idées.");

    private static final LocalizedText DOX_FAMILY_DATA = Texts.of(
            "Doxing: the post exposes a personal email address ({email}), a home address ({address}) and the "
                    + "name and workplace of the target's sister, and asks people to spread them. There is no "
                    + "explicit threat: the harm is the exposure of private data that makes the target and her "
                    + "family easy to find.",
            "Doxing : le message expose une adresse électronique personnelle ({email}), une adresse de domicile "
                    + "({address}) ainsi que le prénom et le lieu de travail de la sœur de la cible, et demande de "
                    + "les diffuser. Il n'y a pas de menace explicite : le tort vient de l'exposition de données "
                    + "privées qui rendent la cible et sa famille faciles à trouver.");

    private static List<PostTemplate> doxing() {
        return List.of(
                PostTemplate.of(DOXING, EN, WOMAN,
                        "So this is where the \"brave journalist\" {name} ({handle}) lives: {address}. Personal "
                                + "mobile {phone}. Maybe pay her a visit and tell her what you think of her articles.",
                        DOX_HOME),
                PostTemplate.of(DOXING, EN, MAN,
                        "The anonymous blogger {pseudonym} who keeps attacking the government back home? His real "
                                + "name is {name}, {age}, works nights at {employer} in {town}. Now everyone knows.",
                        DOX_UNMASK),
                PostTemplate.of(DOXING, EN, WOMAN,
                        "Thread: everything on {name}, the so-called human rights defender. Born {dob}. Passport "
                                + "no. {docNumber}. Personal email {email}. New flat: {address}. Save it all before "
                                + "she deletes her accounts.",
                        DOX_DOSSIER),
                PostTemplate.of(DOXING, EN, MAN,
                        "For those asking: {name} from the exile committee waits for the 7:40 bus outside "
                                + "{employer} every morning. Home is {address}. Phone {phone}. You know what to do.",
                        DOX_ROUTINE),
                PostTemplate.of(DOXING, EN, WOMAN,
                        "Reminder that {handle} is not who she says she is. Her real account is registered to "
                                + "{email}, she lives at {address}, and her sister {sister} runs the bakery on the "
                                + "same street. Spread this.",
                        DOX_FAMILY_DATA),
                PostTemplate.of(DOXING, FR, WOMAN,
                        "Pour ceux qui se demandent où habite la \"journaliste\" {name} ({handle}) : {address}. "
                                + "Son portable : {phone}. Allez donc lui dire en face ce que vous pensez de ses "
                                + "articles.",
                        DOX_HOME),
                PostTemplate.of(DOXING, FR, MAN,
                        "Le blogueur anonyme {pseudonym} qui crache sur le pays ? Il s'appelle en réalité {name}, "
                                + "{age} ans, il travaille de nuit à {employer}, à {town}. Voilà, maintenant tout "
                                + "le monde sait.",
                        DOX_UNMASK),
                PostTemplate.of(DOXING, FR, WOMAN,
                        "Fiche complète sur {name} ({handle}), la prétendue défenseuse des droits humains : née le "
                                + "{dob}, passeport n° {docNumber}, courriel perso {email}, nouvelle adresse "
                                + "{address}. Enregistrez tout avant qu'elle supprime ses comptes.",
                        DOX_DOSSIER),
                PostTemplate.of(DOXING, FR, MAN,
                        "{name}, le \"militant\" du comité des exilés, attend le bus de 7 h 40 devant {employer} "
                                + "tous les matins. Domicile : {address}. Tél. {phone}. Vous savez ce qu'il vous "
                                + "reste à faire.",
                        DOX_ROUTINE),
                PostTemplate.of(DOXING, FR, WOMAN,
                        "Rappel : {handle} n'est pas celle qu'elle prétend être. Son vrai compte est enregistré "
                                + "avec {email}, elle habite au {address}, et sa sœur {sister} tient la boulangerie "
                                + "de la même rue. Faites tourner.",
                        DOX_FAMILY_DATA));
    }

    // ---------------------------------------------------------------- sexualized smear

    private static final LocalizedText SMEAR_IMAGE = Texts.of(
            "Sexualized smear: the post claims that an intimate image of {name}, a woman journalist at {outlet}, "
                    + "exists, attaches a fabricated one and urges people to share it, to discredit her reporting. "
                    + "Signals: sexual content attributed to a named woman, pressure to spread it fast, and a link "
                    + "to her professional role.",
            "Campagne de dénigrement sexualisé : le message affirme qu'une image intime de {name}, journaliste à "
                    + "{outlet}, existe, en joint une fabriquée et pousse à la partager pour discréditer son "
                    + "travail. Signaux : un contenu sexuel attribué à une femme nommée, l'urgence à diffuser et le "
                    + "lien avec son rôle professionnel.");

    private static final LocalizedText SMEAR_INSINUATION = Texts.of(
            "Sexualized smear by insinuation: the post suggests that {name} owes her job at {outlet} to sexual "
                    + "favours. No image is needed; the signal is a sexual allegation used to destroy a woman's "
                    + "professional credibility instead of answering her work.",
            "Dénigrement sexualisé par insinuation : le message laisse entendre que {name} doit son poste à "
                    + "{outlet} à des faveurs sexuelles. Nul besoin d'image : le signal est une allégation sexuelle "
                    + "utilisée pour ruiner la crédibilité professionnelle d'une femme au lieu de répondre à son "
                    + "travail.");

    private static final LocalizedText SMEAR_FAMILY_SHAME = Texts.of(
            "Sexualized smear: the post presents a fabricated intimate video as proof of a \"secret life\" and asks "
                    + "readers to send it to her family and to her colleagues at {employer}. Pushing sexual "
                    + "material to the people around a woman activist, to shame and isolate her, is a common "
                    + "tactic. Her relatives are the audience here, not the ones threatened.",
            "Dénigrement sexualisé : le message présente une vidéo intime fabriquée comme la « preuve » d'une "
                    + "« vie cachée » et demande de l'envoyer à sa famille et à ses collègues de {employer}. Faire "
                    + "parvenir un contenu sexuel à l'entourage d'une militante pour l'humilier et l'isoler est une "
                    + "tactique courante. Les proches sont ici le public visé, pas les personnes menacées.");

    private static final LocalizedText SMEAR_SYNTHETIC = Texts.of(
            "Sexualized smear with a synthetic (AI-generated) intimate image. The nod to AI shows the author knows "
                    + "the image is fabricated; the push into diaspora groups aims to shame {name} within her own "
                    + "community, where the damage to her standing is greatest.",
            "Dénigrement sexualisé au moyen d'une image intime synthétique (générée par IA). L'allusion à l'IA "
                    + "montre que l'auteur sait l'image fabriquée ; la diffusion dans les groupes de la diaspora "
                    + "vise à humilier {name} au sein de sa propre communauté, là où l'atteinte à sa réputation est "
                    + "la plus forte.");

    private static final LocalizedText SMEAR_PROFILE = Texts.of(
            "Sexualized smear: a fabricated dating-profile screenshot is used to portray {name} as sexually "
                    + "disreputable and so unfit to speak for her community. Fake profiles and screenshots are as "
                    + "common in these campaigns as fabricated images.",
            "Dénigrement sexualisé : une fausse capture d'écran de profil de rencontre sert à présenter {name} "
                    + "comme une femme de mauvaise vie, donc indigne de parler au nom de sa communauté. Les faux "
                    + "profils et fausses captures sont aussi fréquents dans ces campagnes que les images "
                    + "fabriquées.");

    private static List<PostTemplate> sexualizedSmear() {
        return List.of(
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "EXCLUSIVE: a private photo of {name}, the {outlet} reporter, is going around. "
                                + "[fabricated image — not reproduced] Share it before they take it down. This is "
                                + "who lectures you about press freedom.",
                        SMEAR_IMAGE),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "Everyone at {outlet} knows how {name} really got her job. Ask her editor what she did for "
                                + "that promotion. Then read her \"investigations\" again.",
                        SMEAR_INSINUATION),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "So the human rights defender {handle} has a secret life. Video \"proof\": [fabricated "
                                + "video — not reproduced] Send it to her family and to her colleagues at "
                                + "{employer}.",
                        SMEAR_FAMILY_SHAME),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "AI doesn't lie. Look what {name} gets up to when she isn't writing about \"repression\". "
                                + "[fabricated image — not reproduced] Repost it in every diaspora group.",
                        SMEAR_SYNTHETIC),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "Found a \"dating profile\" of {name} ({handle}). [fabricated screenshot — not "
                                + "reproduced] So this is the woman the opposition sends to speak for us. Spread it.",
                        SMEAR_PROFILE),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "EXCLUSIF : une photo intime circule, et c'est bien {name}, la reporter de {outlet}. "
                                + "[image fabriquée — non reproduite] Partagez avant qu'ils la suppriment. Voilà qui "
                                + "vous donne des leçons sur la liberté de la presse.",
                        SMEAR_IMAGE),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "Tout le monde à {outlet} sait comment {name} a obtenu son poste. Demandez donc à son "
                                + "rédacteur en chef ce qu'elle a fait pour cette promotion. Et relisez ses "
                                + "\"enquêtes\" après ça.",
                        SMEAR_INSINUATION),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "La défenseuse des droits humains {handle} a une vie cachée. La \"preuve\" en vidéo : "
                                + "[vidéo fabriquée — non reproduite] Envoyez-la à sa famille et à ses collègues de "
                                + "{employer}.",
                        SMEAR_FAMILY_SHAME),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "L'IA ne ment pas. Voilà ce que fait {name} quand elle ne parle pas de \"répression\". "
                                + "[image fabriquée — non reproduite] Partagez dans tous les groupes de la diaspora.",
                        SMEAR_SYNTHETIC),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "Regardez ce \"profil de rencontre\" : c'est bien {name} ({handle}). [capture d'écran "
                                + "fabriquée — non reproduite] Voilà la femme que l'opposition envoie parler en notre "
                                + "nom. Diffusez.",
                        SMEAR_PROFILE));
    }

    // ---------------------------------------------------------------- threat to family

    private static final LocalizedText THREAT_MOTHER = Texts.of(
            "Threat to family: the post points out that the target's mother still lives in {hometown}, in the "
                    + "country of origin, and hints that she could get \"visitors\". The threat is implicit but "
                    + "clear, and it is tied to the target's work. Pressure on relatives who stayed behind is a "
                    + "hallmark of transnational repression.",
            "Menace contre la famille : le message rappelle que la mère de la cible vit toujours à {hometown}, "
                    + "dans le pays d'origine, et laisse entendre qu'elle pourrait recevoir de la « visite ». La "
                    + "menace est implicite mais claire, et liée au travail de la cible. La pression sur les proches "
                    + "restés au pays est une marque de la répression transnationale.");

    private static final LocalizedText THREAT_BROTHER = Texts.of(
            "Threat to family: the post shows that the target's brother {brother} is being watched (his name, his "
                    + "town {hometown}, his daily route) and makes his safety depend on the target deleting his "
                    + "posts. Coercion through a relative's safety is the signal.",
            "Menace contre la famille : le message montre que le frère de la cible, {brother}, est surveillé (son "
                    + "prénom, sa ville, {hometown}, son trajet quotidien) et fait dépendre sa sécurité de la "
                    + "suppression des publications de la cible. Le signal est la contrainte exercée par la "
                    + "sécurité d'un proche.");

    private static final LocalizedText THREAT_FATHER = Texts.of(
            "Threat to family: the post tells {first} that his father has been questioned again and will keep "
                    + "\"paying\" for each article. Punishing or pressuring relatives at home to silence someone "
                    + "abroad is one of the forms of transnational repression named in the 2025 G7 Leaders' "
                    + "Statement.",
            "Menace contre la famille : le message annonce à {first} que son père a de nouveau été convoqué et "
                    + "qu'il « paiera » pour chaque article. Punir ou faire pression sur les proches restés au pays "
                    + "pour faire taire une personne à l'étranger est l'une des formes de répression "
                    + "transnationale nommées dans la déclaration des dirigeants du G7 de 2025.");

    private static final LocalizedText THREAT_CHILD = Texts.of(
            "Threat to family: the post names the school of the target's daughter ({school}) and ties the child's "
                    + "safety to what the target publishes. A child's whereabouts combined with a condition on "
                    + "speech is a serious threat: in real work it is escalated at once.",
            "Menace contre la famille : le message nomme l'école de la fille de la cible ({school}) et lie la "
                    + "sécurité de l'enfant à ce que la cible publie. La localisation d'un enfant associée à une "
                    + "condition posée à la parole est une menace grave : en situation réelle, elle est signalée "
                    + "immédiatement.");

    private static final LocalizedText THREAT_PARENTS = Texts.of(
            "Threat to family: behind a harmless-looking compliment, the post signals that the author knows the "
                    + "target's parents live in {hometown} and makes their wellbeing conditional on taking down his "
                    + "thread. Conditional wording (\"keep them that way\") is a common form of implicit threat. "
                    + "Compare with a plain family photo post, which is benign.",
            "Menace contre la famille : sous un compliment anodin, le message fait savoir que l'auteur sait que "
                    + "les parents de la cible vivent à {hometown} et conditionne leur bien-être au retrait de son "
                    + "fil. La formulation conditionnelle (« qu'ils le restent ») est une forme courante de menace "
                    + "implicite. À comparer avec une simple photo de famille, qui est bénigne.");

    private static List<PostTemplate> threatToFamily() {
        return List.of(
                PostTemplate.of(THREAT_TO_FAMILY, EN, WOMAN,
                        "{handle} keeps writing her little articles. Her mother still lives in {hometown}, doesn't "
                                + "she? It would be a shame if she had visitors.",
                        THREAT_MOTHER),
                PostTemplate.of(THREAT_TO_FAMILY, EN, MAN,
                        "{name}, your brother {brother} takes the same road to work every day in {hometown}. Tell "
                                + "him to be careful. And delete your posts.",
                        THREAT_BROTHER),
                PostTemplate.of(THREAT_TO_FAMILY, EN, MAN,
                        "Your father was called in for questioning again today, {first}. Every article you "
                                + "publish, he pays for it. Think about that.",
                        THREAT_FATHER),
                PostTemplate.of(THREAT_TO_FAMILY, EN, WOMAN,
                        "We know where your daughter goes to school, {name}. {school}, isn't it? Think of her "
                                + "before your next post.",
                        THREAT_CHILD),
                PostTemplate.of(THREAT_TO_FAMILY, EN, MAN,
                        "Nice family photo, {handle}. Your parents in {hometown} look well. Keep them that way: "
                                + "take down the thread.",
                        THREAT_PARENTS),
                PostTemplate.of(THREAT_TO_FAMILY, FR, WOMAN,
                        "{handle} continue ses petits articles. Sa mère habite toujours à {hometown}, non ? Ce "
                                + "serait dommage qu'elle reçoive de la visite.",
                        THREAT_MOTHER),
                PostTemplate.of(THREAT_TO_FAMILY, FR, MAN,
                        "{name}, ton frère {brother} prend la même route tous les matins à {hometown}. Dis-lui de "
                                + "faire attention. Et supprime tes publications.",
                        THREAT_BROTHER),
                PostTemplate.of(THREAT_TO_FAMILY, FR, MAN,
                        "Ton père a encore été convoqué aujourd'hui, {first}. Chaque article que tu publies, c'est "
                                + "lui qui le paie. Réfléchis bien.",
                        THREAT_FATHER),
                PostTemplate.of(THREAT_TO_FAMILY, FR, WOMAN,
                        "On sait où ta fille va à l'école, {name}. C'est bien {school} ? Pense à elle avant ta "
                                + "prochaine publication.",
                        THREAT_CHILD),
                PostTemplate.of(THREAT_TO_FAMILY, FR, MAN,
                        "Jolie photo de famille, {handle}. Tes parents à {hometown} ont l'air en forme. Qu'ils le "
                                + "restent : retire ton fil.",
                        THREAT_PARENTS));
    }

    // ---------------------------------------------------------------- harassment

    private static final LocalizedText HARASS_PILE_ON = Texts.of(
            "Harassment: a call for a pile-on. The post asks many accounts to flood {handle} with replies by a "
                    + "deadline. The coordination signals (a shared hashtag, a target number, a deadline) are what "
                    + "separate a harassment campaign from one person's criticism.",
            "Harcèlement : un appel au harcèlement en meute. Le message demande à de nombreux comptes d'inonder "
                    + "{handle} de réponses avant une échéance. Les signaux de coordination (mot-dièse commun, "
                    + "objectif chiffré, échéance) distinguent une campagne de harcèlement de la critique d'une "
                    + "seule personne.");

    private static final LocalizedText HARASS_PERSISTENT = Texts.of(
            "Harassment: the post announces relentless daily contact with {handle} and boasts of other accounts "
                    + "to get around blocking. Persistence and ban evasion are signals of targeted harassment even "
                    + "when each single message is mild.",
            "Harcèlement : le message annonce un contact quotidien et sans fin avec {handle} et se vante de "
                    + "disposer d'autres comptes pour contourner le blocage. La persistance et le contournement des "
                    + "blocages signalent un harcèlement ciblé, même quand chaque message pris isolément est "
                    + "modéré.");

    private static final LocalizedText HARASS_STALKING = Texts.of(
            "Harassment (stalking): the post tells {handle} she was watched in person and implies she will be "
                    + "again. No address or other private data is published, so it is not doxing; the signal is "
                    + "surveillance made known to the target in order to frighten her.",
            "Harcèlement (traque) : le message fait savoir à {handle} qu'elle a été observée en personne et "
                    + "laisse entendre qu'elle le sera encore. Aucune adresse ni autre donnée privée n'est publiée, "
                    + "ce n'est donc pas du doxing ; le signal est une surveillance révélée à la cible pour "
                    + "l'effrayer.");

    private static final LocalizedText HARASS_MASS_REPORT = Texts.of(
            "Harassment: a mass-reporting campaign. The post brands {handle} a foreign agent and asks followers to "
                    + "file coordinated, false reports until the account is removed. Abusing platform reporting "
                    + "tools to silence a critic is a recognised digital repression tactic.",
            "Harcèlement : une campagne de signalements massifs. Le message qualifie {handle} d'agent de "
                    + "l'étranger et demande à ses abonnés de déposer des signalements coordonnés et mensongers "
                    + "jusqu'à la suppression du compte. Détourner les outils de signalement des plateformes pour "
                    + "faire taire un critique est une tactique connue de répression numérique.");

    private static final LocalizedText HARASS_VEILED_THREAT = Texts.of(
            "Harassment: a veiled threat of harm aimed at {handle} himself. Stressing that living abroad offers no "
                    + "protection is a typical message of transnational repression. The threat concerns the target, "
                    + "not his relatives, so the label is harassment rather than threat to family.",
            "Harcèlement : une menace voilée visant {handle} lui-même. Insister sur le fait que vivre à l'étranger "
                    + "ne protège pas est un message typique de la répression transnationale. La menace vise la "
                    + "cible et non ses proches : l'étiquette est donc harcèlement et non menace contre la famille.");

    private static List<PostTemplate> harassment() {
        return List.of(
                PostTemplate.of(HARASSMENT, EN, WOMAN,
                        "Everyone tag {handle} and tell her what you think of her \"report\". 100 replies by "
                                + "tonight. #NoPlatformForTraitors",
                        HARASS_PILE_ON),
                PostTemplate.of(HARASSMENT, EN, MAN,
                        "Day 41. I will write to you every single day until you stop, {handle}. Block me if you "
                                + "like, I have plenty of other accounts.",
                        HARASS_PERSISTENT),
                PostTemplate.of(HARASSMENT, EN, WOMAN,
                        "Saw you at the café near your office this morning, {handle}. The blue coat suits you. "
                                + "Same time tomorrow?",
                        HARASS_STALKING),
                PostTemplate.of(HARASSMENT, EN, MAN,
                        "{handle} is a foreign agent paid to smear our country. Report his account for \"hate "
                                + "speech\" until it's gone. Copy-paste text in my bio.",
                        HARASS_MASS_REPORT),
                PostTemplate.of(HARASSMENT, EN, MAN,
                        "You will regret every word, {handle}. People like you don't stay safe forever, not even "
                                + "over there.",
                        HARASS_VEILED_THREAT),
                PostTemplate.of(HARASSMENT, FR, WOMAN,
                        "Taguez tous {handle} et dites-lui ce que vous pensez de son \"rapport\". Objectif : 100 "
                                + "réponses ce soir. #PasDeTribuneAuxTraitres",
                        HARASS_PILE_ON),
                PostTemplate.of(HARASSMENT, FR, MAN,
                        "Jour 41. Je t'écrirai tous les jours jusqu'à ce que tu arrêtes, {handle}. Bloque-moi si "
                                + "tu veux, j'ai d'autres comptes.",
                        HARASS_PERSISTENT),
                PostTemplate.of(HARASSMENT, FR, WOMAN,
                        "Je t'ai vue au café près de ton bureau ce matin, {handle}. Le manteau bleu te va bien. À "
                                + "demain, même heure ?",
                        HARASS_STALKING),
                PostTemplate.of(HARASSMENT, FR, MAN,
                        "{handle} est un agent de l'étranger payé pour salir notre pays. Signalez son compte pour "
                                + "\"discours haineux\" jusqu'à ce qu'il disparaisse. Texte à copier-coller dans ma "
                                + "bio.",
                        HARASS_MASS_REPORT),
                PostTemplate.of(HARASSMENT, FR, MAN,
                        "Tu regretteras chaque mot, {handle}. Les gens comme toi ne restent pas en sécurité "
                                + "éternellement, même là-bas.",
                        HARASS_VEILED_THREAT));
    }

    // ---------------------------------------------------------------- benign, mostly hard negatives

    private static final LocalizedText BENIGN_OFFICE_PHONE = Texts.of(
            "Benign (hard negative): the phone number {officePhone} belongs to a public office and is published "
                    + "so that the public can call it. Contact data is not doxing when it belongs to an institution "
                    + "and is meant to be public.",
            "Bénin (piège) : le numéro {officePhone} est celui d'un service public, publié pour que le public "
                    + "l'appelle. Des coordonnées ne relèvent pas du doxing quand elles appartiennent à une "
                    + "institution et sont destinées à être publiques.");

    private static final LocalizedText BENIGN_POLICY_CRITICISM = Texts.of(
            "Benign (hard negative): sharp criticism of a public official's policy (Mayor {official}), with a call "
                    + "to speak at a public meeting. Criticising public decisions and mobilising lawful "
                    + "participation is protected expression, not harassment.",
            "Bénin (piège) : une critique vive de la politique d'une élue ({official}), avec un appel à s'exprimer "
                    + "en séance publique. Critiquer des décisions publiques et mobiliser pour une participation "
                    + "légale relève de la liberté d'expression, pas du harcèlement.");

    private static final LocalizedText BENIGN_FAMILY_PHOTO = Texts.of(
            "Benign (hard negative): the author posts about their own family, naming a sister ({sister}) and a "
                    + "town ({town}). Relatives are mentioned by the person themselves, with no demand and no "
                    + "threat; threat to family needs someone else using relatives as leverage.",
            "Bénin (piège) : l'auteur parle de sa propre famille et cite sa sœur ({sister}) et une ville "
                    + "({town}). Les proches sont mentionnés par la personne elle-même, sans exigence ni menace ; "
                    + "la menace contre la famille suppose qu'un tiers se serve des proches comme moyen de "
                    + "pression.");

    private static final LocalizedText BENIGN_OWN_CONTACT = Texts.of(
            "Benign (hard negative): {name} publishes her own professional contact address ({tipsEmail}). Details "
                    + "a person chose to share for a public purpose, such as a journalist's tip line, are not "
                    + "doxing.",
            "Bénin (piège) : {name} publie sa propre adresse de contact professionnelle ({tipsEmail}). Des "
                    + "coordonnées qu'une personne a choisi de partager dans un but public, comme l'adresse de "
                    + "signalement d'une journaliste, ne relèvent pas du doxing.");

    private static final LocalizedText BENIGN_DENIAL = Texts.of(
            "Benign (hard negative): the target of a smear campaign says the image is fabricated and asks people "
                    + "to report it rather than share it. The post is about a sexualized smear but it is the "
                    + "victim's counter-speech: label the attack, not the response. For an analyst it is also a "
                    + "good lead to the campaign's posts.",
            "Bénin (piège) : la cible d'une campagne de dénigrement affirme que l'image est un faux et demande "
                    + "de la signaler plutôt que de la partager. Le message parle d'un dénigrement sexualisé mais "
                    + "c'est la réponse de la victime : on étiquette l'attaque, pas la riposte. Pour l'analyste, "
                    + "c'est aussi une bonne piste vers les messages de la campagne.");

    private static final LocalizedText BENIGN_WORK_CRITICISM = Texts.of(
            "Benign (hard negative): direct, even blunt, criticism of a journalist's work, addressed to {handle}. "
                    + "There is no private data, no sexual content, no threat and no call for others to join in: "
                    + "disagreement is not harassment.",
            "Bénin (piège) : une critique directe, voire rude, du travail d'une journaliste, adressée à {handle}. "
                    + "Il n'y a ni donnée privée, ni contenu sexuel, ni menace, ni appel à d'autres à se joindre : "
                    + "un désaccord n'est pas du harcèlement.");

    private static final LocalizedText BENIGN_IDIOM = Texts.of(
            "Benign (hard negative): violent words used as figures of speech, about a deadline and typos, with "
                    + "no one targeted. Keyword matching on violent vocabulary would flag it; reading the context "
                    + "shows there is no threat.",
            "Bénin (piège) : des mots violents employés au sens figuré, à propos d'un bouclage et de coquilles, "
                    + "sans personne de visé. Une recherche par mots-clés violents le signalerait ; la lecture du "
                    + "contexte montre qu'il n'y a aucune menace.");

    private static final LocalizedText BENIGN_VENUE = Texts.of(
            "Benign (hard negative): the address ({venue}) is that of a public venue, given by the organisers of "
                    + "an open event. Addresses of public places, published on purpose, are not private data.",
            "Bénin (piège) : l'adresse ({venue}) est celle d'un lieu public, donnée par les organisateurs d'un "
                    + "événement ouvert. L'adresse d'un lieu public, publiée volontairement, n'est pas une donnée "
                    + "privée.");

    private static List<PostTemplate> benign() {
        return List.of(
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "The passport desk at {town} Town Hall reopens on Monday after the works. Appointments by "
                                + "phone on {officePhone}, weekdays 9:00 to 16:00.",
                        BENIGN_OFFICE_PHONE),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "Mayor {official}'s plan to cut the night buses is a mistake. Shift workers in {town} will "
                                + "pay for it. Come to the council meeting on Thursday and say so.",
                        BENIGN_POLICY_CRITICISM),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "Sunday lunch with my parents and my little sister {sister} in {town}. First time we have "
                                + "all been together in three years. [photo: a family at a garden table]",
                        BENIGN_FAMILY_PHOTO),
                PostTemplate.byTarget(BENIGN, EN, WOMAN,
                        "Sources can reach me securely at {tipsEmail}. I read everything, and I protect the people "
                                + "who write to me. {name}, {outlet}",
                        BENIGN_OWN_CONTACT),
                PostTemplate.byTarget(BENIGN, EN, WOMAN,
                        "To everyone who messaged me: the \"private photo\" of me going around is fabricated. "
                                + "Please don't share it; report it to the platform instead. Thank you for the "
                                + "support.",
                        BENIGN_DENIAL),
                PostTemplate.of(BENIGN, EN, WOMAN,
                        "Your piece on the port contracts was one-sided, {handle}. You left out the ministry's own "
                                + "figures. I expect better from {outlet}.",
                        BENIGN_WORK_CRITICISM),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "This deadline is killing me. I will hunt down every last typo before the issue goes to "
                                + "print tonight.",
                        BENIGN_IDIOM),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "Welcome evening for newcomers at {venue}, Saturday from 18:00. Free legal advice on "
                                + "residence permits, and tea. Everyone welcome.",
                        BENIGN_VENUE),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Le guichet passeports de la mairie de {town} rouvre lundi après travaux. Rendez-vous par "
                                + "téléphone au {officePhone}, du lundi au vendredi de 9 h à 16 h.",
                        BENIGN_OFFICE_PHONE),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Le projet de la maire {official} de supprimer les bus de nuit est une erreur. Les "
                                + "travailleurs de nuit de {town} vont en payer le prix. Venez le dire jeudi au "
                                + "conseil municipal.",
                        BENIGN_POLICY_CRITICISM),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Déjeuner du dimanche avec mes parents et ma petite sœur {sister} à {town}. La première "
                                + "fois qu'on est tous réunis depuis trois ans. [photo : une famille autour d'une "
                                + "table de jardin]",
                        BENIGN_FAMILY_PHOTO),
                PostTemplate.byTarget(BENIGN, FR, WOMAN,
                        "Vos sources peuvent me joindre en toute sécurité à {tipsEmail}. Je lis tout, et je protège "
                                + "celles et ceux qui m'écrivent. {name}, {outlet}",
                        BENIGN_OWN_CONTACT),
                PostTemplate.byTarget(BENIGN, FR, WOMAN,
                        "À toutes celles et ceux qui m'ont écrit : la \"photo intime\" de moi qui circule est un "
                                + "faux. Ne la partagez pas, signalez-la à la plateforme. Merci pour votre soutien.",
                        BENIGN_DENIAL),
                PostTemplate.of(BENIGN, FR, WOMAN,
                        "Votre article sur les contrats du port était partial, {handle}. Vous avez ignoré les "
                                + "chiffres du ministère lui-même. J'attends mieux de {outlet}.",
                        BENIGN_WORK_CRITICISM),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Ce bouclage va me tuer. Je vais traquer la moindre coquille avant l'impression de ce soir.",
                        BENIGN_IDIOM),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Soirée d'accueil des nouveaux arrivants à {venue}, samedi à partir de 18 h. Conseils "
                                + "juridiques gratuits sur les titres de séjour, et thé. Tout le monde est bienvenu.",
                        BENIGN_VENUE));
    }
}
