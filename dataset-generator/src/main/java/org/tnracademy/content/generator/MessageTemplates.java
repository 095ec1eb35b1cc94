package org.tnracademy.content.generator;

import static org.tnracademy.content.generator.Language.EN;
import static org.tnracademy.content.generator.Language.FR;
import static org.tnracademy.content.generator.MessageLabel.CONSULAR_IMPERSONATION;
import static org.tnracademy.content.generator.MessageLabel.LEGITIMATE;
import static org.tnracademy.content.generator.MessageLabel.PHISHING;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * Every message pattern, in a fixed order. English and French are written apart. The signals the
 * explanations teach: the sender's exact domain, urgency, a request for credentials, passport
 * scans or information on relatives, and the official channel's own rules (the consulate never
 * asks for documents by link or chat).
 */
final class MessageTemplates {

    private MessageTemplates() {
    }

    private static final LocalizedText PHISH_BANK = Texts.of(
            "Phishing: a bank alert from northmere-secure.example, which is not the bank's domain "
                    + "(northmere-bank.example), with urgency and a login link. Banks do not ask you to log in "
                    + "from a message.",
            "Hameçonnage : une alerte bancaire venant de northmere-secure.example, qui n'est pas le domaine de "
                    + "la banque (northmere-bank.example), avec urgence et lien de connexion. Une banque ne "
                    + "demande pas de se connecter depuis un message.");
    private static final LocalizedText PHISH_PARCEL = Texts.of(
            "Phishing: a parcel redelivery fee by text, with a link to a domain that is not the carrier's. "
                    + "Small fees by text are a classic lure to collect card details.",
            "Hameçonnage : des frais de nouvelle livraison par SMS, avec un lien vers un domaine qui n'est pas "
                    + "celui du transporteur. De petits frais par SMS sont un leurre classique pour voler des "
                    + "données de carte.");
    private static final LocalizedText PHISH_MAILBOX = Texts.of(
            "Phishing: a mailbox \"verification\" from mailbox-verify.example, threatening deletion. Taking "
                    + "over a journalist's or activist's mailbox exposes every source in it.",
            "Hameçonnage : une « vérification » de messagerie venant de mailbox-verify.example, avec menace de "
                    + "suppression. Prendre le contrôle de la messagerie d'un journaliste ou d'un militant expose "
                    + "toutes ses sources.");
    private static final LocalizedText PHISH_CODE = Texts.of(
            "Phishing: someone asks for the six-digit code the messaging app just sent. That code registers "
                    + "your account on their device: never share it, whoever asks.",
            "Hameçonnage : quelqu'un demande le code à six chiffres que l'application vient d'envoyer. Ce code "
                    + "enregistre votre compte sur son appareil : ne le communiquez jamais, quel que soit le "
                    + "demandeur.");
    private static final LocalizedText CONS_PASSPORT = Texts.of(
            "Consular impersonation: the sender's domain {lookalike} imitates {official}. The message threatens "
                    + "the passport's validity and asks for a scan and the addresses of relatives in Arvenne: the "
                    + "information a state uses to pressure family back home.",
            "Usurpation consulaire : le domaine {lookalike} imite {official}. Le message menace la validité du "
                    + "passeport et réclame une copie ainsi que les adresses des proches en Arvenne : les "
                    + "informations dont un État se sert pour faire pression sur la famille restée au pays.");
    private static final LocalizedText CONS_SUMMONS = Texts.of(
            "Consular impersonation: a \"summons\" to an interview by chat, from an unknown number, naming the "
                    + "recipient's home town. Consulates do not summon people by messaging app; naming "
                    + "{hometown} shows the sender knows where the family lives, a typical intimidation.",
            "Usurpation consulaire : une « convocation » à un entretien par messagerie, depuis un numéro "
                    + "inconnu, qui cite la ville d'origine. Un consulat ne convoque pas par messagerie ; "
                    + "citer {hometown} montre que l'expéditeur sait où vit la famille, une intimidation "
                    + "typique.");
    private static final LocalizedText CONS_REGISTER = Texts.of(
            "Consular impersonation: a \"diaspora census\" asking for employer, address, and the names of "
                    + "associations one belongs to, through a link on {lookalike}. Mapping the diaspora's "
                    + "activities is surveillance, whatever the letterhead.",
            "Usurpation consulaire : un « recensement de la diaspora » qui demande employeur, adresse et "
                    + "associations fréquentées, via un lien sur {lookalike}. Cartographier les activités de la "
                    + "diaspora relève de la surveillance, quel que soit l'en-tête.");
    private static final LocalizedText CONS_SMS = Texts.of(
            "Consular impersonation: a text that looks official but comes from an ordinary number ({phone}), "
                    + "not from the consulate's sender name {smsSender}, and pushes a link on {lookalike}.",
            "Usurpation consulaire : un SMS d'apparence officielle qui vient d'un numéro ordinaire ({phone}), "
                    + "et non de l'expéditeur du consulat {smsSender}, et pousse un lien sur {lookalike}.");
    private static final LocalizedText LEGIT_APPOINTMENT = Texts.of(
            "Legitimate: an appointment confirmation from the consulate's own domain {official}, with a "
                    + "reference and no link, asking only to bring documents in person. Official mail exists: "
                    + "check the exact domain, not the tone.",
            "Légitime : une confirmation de rendez-vous venant du domaine même du consulat {official}, avec une "
                    + "référence et sans lien, qui demande seulement d'apporter les documents en personne. Le "
                    + "courrier officiel existe : vérifiez le domaine exact, pas le ton.");
    private static final LocalizedText LEGIT_SMS = Texts.of(
            "Legitimate: a reminder from the consulate's registered sender name {smsSender}, with no link and no "
                    + "request for data.",
            "Légitime : un rappel de l'expéditeur enregistré du consulat {smsSender}, sans lien ni demande de "
                    + "données.");
    private static final LocalizedText LEGIT_COLLEAGUE = Texts.of(
            "Legitimate: a colleague's ordinary work message; nothing is requested that she would not need.",
            "Légitime : un message de travail ordinaire d'une collègue ; rien n'est demandé qui ne lui soit "
                    + "utile.");
    private static final LocalizedText LEGIT_BANK = Texts.of(
            "Legitimate: a statement notice from the bank's real domain northmere-bank.example, which says to "
                    + "use the app as usual and contains no link. Compare with the look-alike alerts.",
            "Légitime : un avis de relevé venant du vrai domaine de la banque, northmere-bank.example, qui "
                    + "renvoie à l'application habituelle et ne contient aucun lien. À comparer aux fausses "
                    + "alertes.");

    static List<MessageTemplate> all() {
        return List.of(
                new MessageTemplate(PHISHING, EN, "Email", "alerts@northmere-secure.example",
                        "Subject: Unusual sign-in blocked. Dear customer, we blocked a sign-in to your account. "
                                + "Confirm your identity within 24 hours at https://northmere-secure.example/login or "
                                + "your card will be suspended.", PHISH_BANK),
                new MessageTemplate(PHISHING, EN, "SMS", "{phone}",
                        "SwiftParcel: your parcel could not be delivered. Pay the 1.99 redelivery fee at "
                                + "https://swiftparcel-redelivery.test/pay today.", PHISH_PARCEL),
                new MessageTemplate(PHISHING, EN, "Email", "no-reply@mailbox-verify.example",
                        "Subject: Mailbox full. {first}, your mailbox will be deleted tonight. Verify your "
                                + "password at https://mailbox-verify.example/keep to keep your messages.",
                        PHISH_MAILBOX),
                new MessageTemplate(PHISHING, EN, "Messaging", "{phone}",
                        "Hi {first}, I sent you a 6-digit code by mistake, can you send it back to me? It's "
                                + "urgent, thanks!", PHISH_CODE),
                new MessageTemplate(PHISHING, FR, "Email", "alertes@northmere-secure.example",
                        "Objet : Connexion inhabituelle bloquée. Cher client, nous avons bloqué une connexion à "
                                + "votre compte. Confirmez votre identité sous 24 heures sur "
                                + "https://northmere-secure.example/login sinon votre carte sera suspendue.",
                        PHISH_BANK),
                new MessageTemplate(PHISHING, FR, "SMS", "{phone}",
                        "SwiftParcel : votre colis n'a pas pu être livré. Réglez 1,99 de frais de nouvelle "
                                + "livraison sur https://swiftparcel-redelivery.test/payer aujourd'hui.",
                        PHISH_PARCEL),
                new MessageTemplate(PHISHING, FR, "Email", "ne-pas-repondre@mailbox-verify.example",
                        "Objet : Boîte pleine. {first}, votre messagerie sera supprimée ce soir. Vérifiez votre "
                                + "mot de passe sur https://mailbox-verify.example/garder pour conserver vos messages.",
                        PHISH_MAILBOX),
                new MessageTemplate(PHISHING, FR, "Messaging", "{phone}",
                        "Salut {first}, je t'ai envoyé un code à 6 chiffres par erreur, tu peux me le renvoyer ? "
                                + "C'est urgent, merci !", PHISH_CODE),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "Email", "passports@{lookalike}",
                        "Subject: Passport {ref} flagged for invalidation. Dear {name}, your passport will be "
                                + "invalidated unless you upload a scan and the current addresses of your relatives in "
                                + "Arvenne at https://{lookalike}/update within 48 hours.", CONS_PASSPORT),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "Messaging", "{phone}",
                        "Consular Section of Arvenne: {name}, you are summoned to an interview about your "
                                + "activities abroad. Your family in {hometown} has been informed. Reply to confirm "
                                + "a time.", CONS_SUMMONS),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "Email", "census@{lookalike}",
                        "Subject: Mandatory diaspora census. All citizens abroad must register their employer, "
                                + "home address and associations at https://{lookalike}/census within "
                                + "{day} days. Failure to register will be noted in your file.", CONS_REGISTER),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "SMS", "{phone}",
                        "Embassy of Arvenne: your consular file {ref} is incomplete. Update it now at "
                                + "https://{lookalike}/file to avoid penalties.", CONS_SMS),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "Email", "passeports@{lookalike}",
                        "Objet : Passeport {ref} en cours d'invalidation. {name}, votre passeport sera invalidé "
                                + "si vous ne déposez pas une copie et les adresses actuelles de vos proches en "
                                + "Arvenne sur https://{lookalike}/maj sous 48 heures.", CONS_PASSPORT),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "Messaging", "{phone}",
                        "Section consulaire d'Arvenne : {name}, vous êtes convoqué à un entretien sur vos "
                                + "activités à l'étranger. Votre famille à {hometown} en a été informée. Répondez pour "
                                + "fixer un horaire.", CONS_SUMMONS),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "Email", "recensement@{lookalike}",
                        "Objet : Recensement obligatoire de la diaspora. Tout ressortissant à l'étranger doit "
                                + "déclarer son employeur, son adresse et ses associations sur "
                                + "https://{lookalike}/recensement sous {day} jours. Tout manquement sera noté dans "
                                + "votre dossier.", CONS_REGISTER),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "SMS", "{phone}",
                        "Ambassade d'Arvenne : votre dossier consulaire {ref} est incomplet. Mettez-le à jour sur "
                                + "https://{lookalike}/dossier pour éviter des sanctions.", CONS_SMS),
                new MessageTemplate(LEGITIMATE, EN, "Email", "appointments@{official}",
                        "Subject: Appointment confirmed, reference {ref}. Dear {name}, your passport renewal "
                                + "appointment is confirmed for next Tuesday at {hour}:00. Please bring your current "
                                + "passport and two photos in person. The consulate never asks for documents by "
                                + "e-mail.", LEGIT_APPOINTMENT),
                new MessageTemplate(LEGITIMATE, EN, "SMS", "{smsSender}",
                        "Reminder: your appointment at the Consulate of Arvenne is tomorrow at {hour}:00. To "
                                + "cancel, call the number on our website.", LEGIT_SMS),
                new MessageTemplate(LEGITIMATE, EN, "Messaging", "{phone}",
                        "Hi {first}, it's {colleague}. The team meeting moved to Thursday {hour}:00, same room. "
                                + "Can you bring the printed agenda?", LEGIT_COLLEAGUE),
                new MessageTemplate(LEGITIMATE, EN, "Email", "statements@northmere-bank.example",
                        "Subject: Your monthly statement is ready. Dear {name}, your statement is available in "
                                + "the Northmere app as usual. We will never ask for your password by e-mail.",
                        LEGIT_BANK),
                new MessageTemplate(LEGITIMATE, FR, "Email", "rendez-vous@{official}",
                        "Objet : Rendez-vous confirmé, référence {ref}. {name}, votre rendez-vous de "
                                + "renouvellement de passeport est confirmé mardi prochain à {hour} h. Présentez-vous avec "
                                + "votre passeport actuel et deux photos. Le consulat ne demande jamais de documents "
                                + "par courriel.", LEGIT_APPOINTMENT),
                new MessageTemplate(LEGITIMATE, FR, "SMS", "{smsSender}",
                        "Rappel : votre rendez-vous au consulat d'Arvenne est demain à {hour} h. Pour annuler, "
                                + "appelez le numéro indiqué sur notre site.", LEGIT_SMS),
                new MessageTemplate(LEGITIMATE, FR, "Messaging", "{phone}",
                        "Salut {first}, c'est {colleague}. La réunion d'équipe passe à jeudi {hour} h, même salle. "
                                + "Tu peux apporter l'ordre du jour imprimé ?", LEGIT_COLLEAGUE),
                new MessageTemplate(LEGITIMATE, FR, "Email", "releves@northmere-bank.example",
                        "Objet : Votre relevé mensuel est disponible. {name}, votre relevé est consultable dans "
                                + "l'application Northmere comme d'habitude. Nous ne demandons jamais votre mot de "
                                + "passe par courriel.", LEGIT_BANK));
    }
}
