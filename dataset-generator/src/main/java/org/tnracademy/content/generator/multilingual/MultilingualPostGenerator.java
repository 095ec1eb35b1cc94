package org.tnracademy.content.generator.multilingual;

import static org.tnracademy.content.generator.multilingual.FiveLanguages.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.Label;
import org.tnracademy.content.generator.SeededRandom;
import org.tnracademy.content.generator.Times;
import org.tnracademy.exercises.LocalizedText;

/**
 * Writes one post per language and label (doxing, threat to family, sexualized smear, harassment,
 * and a benign hard negative) in Chinese, Russian, Persian, Arabic and Turkish, from a fixed seed.
 * <p>
 * Everything is invented: the people (names in their own script with a Latin spelling for the
 * gloss), the towns and streets of the academy's invented country (Tarrun, Castelbrune), handles
 * ending in {@code _syn}, phone numbers {@code +00 555 01xx} (no country has +00). Sexualized
 * smears are described, the fabricated image only noted in brackets. Handles, numbers and emoji sit
 * inside right-to-left and CJK text on purpose: they are what the workspaces must show in order.
 */
public final class MultilingualPostGenerator {

    private static final long APRIL_2025 = Times.epoch(2025, 4, 1, 0, 0);
    private static final List<String> PLATFORMS = List.of("Chirper", "PhotoShare", "ForumNet", "ClipStream");
    private static final List<String> ATTACKERS = List.of("@greyheron_syn", "@nightquill_syn", "@ironlark_syn",
            "@coldbirch_syn", "@dustkite_syn", "@mutedfinch_syn", "@stonewren_syn", "@ashpike_syn");

    /** A woman targeted in the posts: her name in the post's script, its Latin spelling, her handle. */
    private record Person(String name, String latin, String handle) {
    }

    /** A name or place in the post's script and in Latin letters; {@code in} is the form after "in" where the grammar asks. */
    private record Word(String text, String latin, String in) {
        Word(String text, String latin) {
            this(text, latin, text);
        }
    }

    /** The invented people and places one language's posts draw on. */
    private record Cast(List<Person> people, List<Word> relatives, List<Word> streets, List<Word> towns) {
    }

    /** One post to write: its text and gloss with {slots}, and for a benign post the reason it is benign. */
    private record Template(PostLanguage lang, Label label, String text, String gloss, String author,
                            LocalizedText benignBecause) {
    }

    private static final Map<PostLanguage, Cast> CASTS = Map.of(
            PostLanguage.ZH, new Cast(
                    List.of(new Person("沐岚汐", "Mu Lanxi", "@lanxi_notes_syn"),
                            new Person("闻溪禾", "Wen Xihe", "@xihe_reports_syn")),
                    List.of(new Word("小川", "Xiaochuan"), new Word("阿朗", "A-Lang")),
                    List.of(new Word("苇汀巷", "Weiting Lane"), new Word("澜桥路", "Lanqiao Road")),
                    List.of(new Word("塔伦", "Tarrun"), new Word("卡斯特布伦", "Castelbrune"))),
            PostLanguage.RU, new Cast(
                    List.of(new Person("Ярина Ковылёва", "Yarina Kovylyova", "@yarina_kov_syn"),
                            new Person("Мирра Туманцева", "Mirra Tumantseva", "@mirra_tuman_syn")),
                    List.of(new Word("Лёва", "Lyova"), new Word("Тимоша", "Timosha")),
                    List.of(new Word("Вересковая", "Vereskovaya"), new Word("Полынная", "Polynnaya")),
                    List.of(new Word("Таррун", "Tarrun", "Тарруне"),
                            new Word("Кастельбрюн", "Castelbrune", "Кастельбрюне"))),
            PostLanguage.FA, new Cast(
                    List.of(new Person("نیلوفر آروانی", "Niloufar Arvani", "@niloufar_arv_syn"),
                            new Person("ترانه کاویان\u200cفر", "Taraneh Kavianfar", "@taraneh_kf_syn")),
                    List.of(new Word("مادرت", "your mother"), new Word("مادرت", "your mother")),
                    List.of(new Word("نسترن", "Nastaran"), new Word("یاس\u200cبو", "Yasbu")),
                    List.of(new Word("تارون", "Tarrun"), new Word("کاستل\u200cبرون", "Castelbrune"))),
            PostLanguage.AR, new Cast(
                    List.of(new Person("ريم القصطلي", "Reem al-Qastali", "@reem_qastali_syn"),
                            new Person("هالة المورفيني", "Hala al-Murfaini", "@hala_murf_syn")),
                    List.of(new Word("سامر", "Samer"), new Word("فادي", "Fadi")),
                    List.of(new Word("الياسمين", "al-Yasmin"), new Word("السنديان", "al-Sindiyan")),
                    List.of(new Word("تارون", "Tarrun"), new Word("كاستلبرون", "Castelbrune"))),
            PostLanguage.TR, new Cast(
                    List.of(new Person("Elif Karaserin", "Elif Karaserin", "@elif_karaserin_syn"),
                            new Person("Zeynep Akmartı", "Zeynep Akmartı", "@zeynep_akm_syn")),
                    List.of(new Word("Ayşe", "Ayşe"), new Word("Defne", "Defne")),
                    List.of(new Word("Ilgınlı", "Ilgınlı"), new Word("Karayemiş", "Karayemiş")),
                    List.of(new Word("Tarrun", "Tarrun"), new Word("Castelbrune", "Castelbrune"))));

    /** {@code {attacker}} picks a hostile account, {@code {target}} the targeted woman's own, others are named. */
    private static final List<Template> TEMPLATES = List.of(
            // Chinese (Simplified)
            new Template(PostLanguage.ZH, Label.DOXING,
                    "大家看清楚：{handle} 的真名叫{name}，住在{town}{street}{number}号，手机 {phone}。她每天早上八点出门。",
                    "Everyone take note: {handle}'s real name is {nameLatin}; she lives at No. {number}, {streetLatin}, "
                            + "{townLatin}, mobile {phone}. She leaves home at eight every morning.", "{attacker}", null),
            new Template(PostLanguage.ZH, Label.THREAT_TO_FAMILY,
                    "{name}，你弟弟{relative}还在{town}上学吧？放学的路挺长的。继续写那些文章之前，先想想他。",
                    "{nameLatin}, your younger brother {relativeLatin} still goes to school in {townLatin}, right? The "
                            + "way home from school is quite long. Before you keep writing those articles, think of him.",
                    "{attacker}", null),
            new Template(PostLanguage.ZH, Label.SEXUALIZED_SMEAR,
                    "听说{name}的独家采访都是陪酒换来的。[伪造图片——不予转载] 转发，让大家看看她是什么人。",
                    "I hear {nameLatin}'s exclusive interviews were all paid for by keeping men company over drinks. "
                            + "[fabricated image — not reproduced] Repost it, let everyone see what kind of person she is.",
                    "{attacker}", null),
            new Template(PostLanguage.ZH, Label.HARASSMENT,
                    "所有人去{handle}的每条帖子下面留言，天天举报她的账号，直到她闭嘴为止。",
                    "Everyone go and comment under every post by {handle}, report her account every day, until she "
                            + "shuts up.", "{attacker}", null),
            new Template(PostLanguage.ZH, Label.BENIGN,
                    "{town}社区服务中心的公开咨询电话是 {phone}，工作日九点到五点。需要帮忙办证件的朋友可以打 📞",
                    "The {townLatin} community service centre's public enquiries line is {phone}, weekdays nine to "
                            + "five. Friends who need help with their papers can call 📞", "@tarrun_hub_syn",
                    of("Benign: a public service centre's enquiry line and opening hours. A published office number is "
                                    + "not private data; doxing exposes a person's own number or address.",
                            "Bénin : la ligne d’information et les horaires d’un centre de services public. Le numéro "
                                    + "publié d’un service n’est pas une donnée privée ; le doxing expose le numéro ou "
                                    + "l’adresse d’une personne.",
                            "Unbedenklich: die Auskunftsnummer und Öffnungszeiten eines öffentlichen Servicezentrums. "
                                    + "Die veröffentlichte Nummer einer Stelle ist keine private Angabe; Doxing legt die "
                                    + "Nummer oder Adresse einer Person offen.",
                            "Innocuo: il numero informazioni e gli orari di un centro servizi pubblico. Il numero "
                                    + "pubblicato di un ufficio non è un dato privato; il doxing espone il numero o "
                                    + "l’indirizzo di una persona.",
                            "無害：公的なサービスセンターの問い合わせ番号と受付時間です。公開された窓口の番号は個人情報ではありません。"
                                    + "ドキシングは個人の番号や住所をさらすものです。")),
            // Russian
            new Template(PostLanguage.RU, Label.DOXING,
                    "Вот кто прячется за {handle}: {name}, {town}, ул. {street}, д. {number}. Телефон: {phone}. "
                            + "Теперь все знают.",
                    "This is who hides behind {handle}: {nameLatin}, {townLatin}, {streetLatin} Street, house "
                            + "{number}. Phone: {phone}. Now everyone knows.", "{attacker}", null),
            new Template(PostLanguage.RU, Label.THREAT_TO_FAMILY,
                    "{name}, твой сын {relative} всё ещё ходит в школу № {number} в {townIn}? Подумай о нём, прежде "
                            + "чем публиковать следующий пост.",
                    "{nameLatin}, does your son {relativeLatin} still go to school No. {number} in {townLatin}? "
                            + "Think of him before you publish your next post.", "{attacker}", null),
            new Template(PostLanguage.RU, Label.SEXUALIZED_SMEAR,
                    "Говорят, {name} получила свою работу через постель. [сфабрикованное изображение — не "
                            + "воспроизводится] Пусть все знают, кто она такая.",
                    "They say {nameLatin} got her job by sleeping with someone. [fabricated image — not reproduced] "
                            + "Let everyone know who she is.", "{attacker}", null),
            new Template(PostLanguage.RU, Label.HARASSMENT,
                    "{handle}, я знаю, в каком кафе ты сидишь по вечерам. Я буду там каждый вечер. Ты от меня не "
                            + "спрячешься.",
                    "{handle}, I know which café you sit in in the evenings. I will be there every evening. You "
                            + "won't hide from me.", "{attacker}", null),
            new Template(PostLanguage.RU, Label.BENIGN,
                    "Я журналистка. Если у вас есть сведения о давлении на диаспору, пишите мне в личные сообщения "
                            + "или звоните в редакцию: {phone}.",
                    "I'm a journalist. If you have information about pressure on the diaspora, write to me in "
                            + "private messages or call the newsroom: {phone}.", "@desk_veresk_syn",
                    of("Benign: a journalist publishes her own account and the newsroom's number for tips. Sharing "
                                    + "one's own contact details is not doxing.",
                            "Bénin : une journaliste publie son propre compte et le numéro de la rédaction pour "
                                    + "recevoir des informations. Partager ses propres coordonnées n’est pas du doxing.",
                            "Unbedenklich: Eine Journalistin veröffentlicht ihr eigenes Konto und die Nummer der "
                                    + "Redaktion für Hinweise. Die eigenen Kontaktdaten zu teilen ist kein Doxing.",
                            "Innocuo: una giornalista pubblica il proprio account e il numero della redazione per "
                                    + "ricevere segnalazioni. Condividere i propri contatti non è doxing.",
                            "無害：記者が情報提供のために自分のアカウントと編集部の番号を公開しています。自分の連絡先の公開はドキシングでは"
                                    + "ありません。")),
            // Persian
            new Template(PostLanguage.FA, Label.DOXING,
                    "این هم صاحب حساب {handle}: اسم واقعی\u200cاش {name} است. {town}، خیابان {street}، پلاک {number}. "
                            + "شماره\u200cاش: {phone}",
                    "Here is the owner of the {handle} account: her real name is {nameLatin}. {townLatin}, "
                            + "{streetLatin} Street, No. {number}. Her number: {phone}", "{attacker}", null),
            new Template(PostLanguage.FA, Label.THREAT_TO_FAMILY,
                    "{name}، {relative} در {town} هنوز تنها زندگی می\u200cکند؟ حیف است اگر اتفاقی برایش بیفتد. بهتر "
                            + "است ساکت باشی.",
                    "{nameLatin}, does {relativeLatin} still live alone in {townLatin}? It would be a pity if "
                            + "something happened to her. You had better keep quiet.", "{attacker}", null),
            new Template(PostLanguage.FA, Label.SEXUALIZED_SMEAR,
                    "همه بدانند این «فعال حقوق زنان»، {name}، شب\u200cها با چه کسانی است. [تصویر جعلی — بازنشر "
                            + "نمی\u200cشود] پخش کنید.",
                    "Let everyone know who this 'women's rights activist', {nameLatin}, spends her nights with. "
                            + "[fabricated image — not reproduced] Spread it.", "{attacker}", null),
            new Template(PostLanguage.FA, Label.HARASSMENT,
                    "{handle} را در همه\u200cی شبکه\u200cها دنبال کنید و هر روز برایش پیام بفرستید تا بفهمد جایی برای "
                            + "فرار ندارد.",
                    "Follow {handle} on every network and send her messages every day until she understands she "
                            + "has nowhere to run.", "{attacker}", null),
            new Template(PostLanguage.FA, Label.BENIGN,
                    "تصویری که از من دست\u200cبه\u200cدست می\u200cشود جعلی است. لطفاً بازنشرش نکنید و به پلتفرم "
                            + "گزارش دهید. از همراهی\u200cتان سپاسگزارم.",
                    "The image of me going around is fake. Please do not reshare it, and report it to the "
                            + "platform. Thank you for standing with me.", "{target}",
                    of("Benign: the targeted woman herself denies a fabricated image and asks people not to share it. "
                                    + "A victim's denial mentions the smear but does not spread it.",
                            "Bénin : la personne visée dément elle-même une image fabriquée et demande de ne pas la "
                                    + "partager. Le démenti d’une victime évoque le dénigrement sans le propager.",
                            "Unbedenklich: Die Betroffene selbst weist ein gefälschtes Bild zurück und bittet, es nicht "
                                    + "zu teilen. Das Dementi eines Opfers erwähnt die Diffamierung, verbreitet sie aber "
                                    + "nicht.",
                            "Innocuo: la persona presa di mira smentisce lei stessa un’immagine fabbricata e chiede di "
                                    + "non condividerla. La smentita di una vittima cita la diffamazione senza "
                                    + "diffonderla.",
                            "無害：標的となった本人が捏造画像を否定し、共有しないよう求めています。被害者による否定は中傷に触れていても、"
                                    + "それを広めるものではありません。")),
            // Arabic
            new Template(PostLanguage.AR, Label.DOXING,
                    "لمن يريد أن يعرف: صاحبة حساب {handle} اسمها الحقيقي {name}، تعمل في مخبز شارع {street} في "
                            + "{town}، ورقم هاتفها {phone}.",
                    "For anyone who wants to know: the woman behind {handle} is really called {nameLatin}; she "
                            + "works at the bakery on {streetLatin} Street in {townLatin}, and her phone number is "
                            + "{phone}.", "{attacker}", null),
            new Template(PostLanguage.AR, Label.THREAT_TO_FAMILY,
                    "يا {name}، أخوكِ {relative} ما زال يدرس في جامعة {town}، أليس كذلك؟ الطريق إلى الجامعة طويل. "
                            + "فكّري جيداً قبل أن تكتبي مرة أخرى.",
                    "{nameLatin}, your brother {relativeLatin} still studies at the university in {townLatin}, "
                            + "doesn't he? The road to the university is long. Think carefully before you write again.",
                    "{attacker}", null),
            new Template(PostLanguage.AR, Label.SEXUALIZED_SMEAR,
                    "هذه هي «الصحفية» {name} التي تحاضرنا عن الشرف. [صورة مفبركة — لا نعيد نشرها] انشروا حتى يعرف "
                            + "الجميع حقيقتها.",
                    "This is the 'journalist' {nameLatin} who lectures us about honour. [fabricated image — not "
                            + "reproduced] Share it so everyone knows the truth about her.", "{attacker}", null),
            new Template(PostLanguage.AR, Label.HARASSMENT,
                    "بلّغوا عن كل منشور لحساب {handle} وأرسلوا لها رسائل كل ساعة حتى تغلق حسابها.",
                    "Report every post of the {handle} account and send her messages every hour until she closes "
                            + "her account.", "{attacker}", null),
            new Template(PostLanguage.AR, Label.BENIGN,
                    "مقال {name} عن سياسة البلدية في {town} ضعيف وأرقامه خاطئة. سأرد عليه بمقال في المنتدى الأسبوع "
                            + "القادم.",
                    "{nameLatin}'s article on the municipal policy in {townLatin} is weak and its figures are "
                            + "wrong. I will answer it with an article on the forum next week.", "@kettlemoss_syn",
                    of("Benign: sharp criticism of a published article, to be answered with an article. Disagreeing "
                                    + "with someone's public work, without threats or private data, is not harassment.",
                            "Bénin : une critique vive d’un article publié, à laquelle l’auteur répondra par un "
                                    + "article. Contester le travail public de quelqu’un, sans menace ni donnée privée, "
                                    + "n’est pas du harcèlement.",
                            "Unbedenklich: scharfe Kritik an einem veröffentlichten Artikel, auf die mit einem Artikel "
                                    + "geantwortet wird. Widerspruch gegen die öffentliche Arbeit einer Person, ohne "
                                    + "Drohung und ohne private Daten, ist keine Belästigung.",
                            "Innocuo: una critica severa a un articolo pubblicato, a cui si risponderà con un articolo. "
                                    + "Contestare il lavoro pubblico di qualcuno, senza minacce né dati privati, non è "
                                    + "molestia.",
                            "無害：公開された記事への厳しい批判で、記事で反論すると述べています。脅しや個人情報を伴わずに公的な仕事を批判"
                                    + "するのはハラスメントではありません。")),
            // Turkish
            new Template(PostLanguage.TR, Label.DOXING,
                    "{handle} hesabının arkasındaki kişi: {name}. Adresi: {street} Sokak No: {number}, {town}. "
                            + "Telefonu: {phone}. Gidip kendisine sorun.",
                    "The person behind the {handle} account: {nameLatin}. Address: {streetLatin} Street No. "
                            + "{number}, {townLatin}. Phone: {phone}. Go and ask her yourselves.", "{attacker}", null),
            new Template(PostLanguage.TR, Label.THREAT_TO_FAMILY,
                    "{name}, kızın {relative} her sabah okula yalnız yürüyor, biliyoruz. Yazmaya devam edersen ne "
                            + "olacağını bir düşün.",
                    "{nameLatin}, your daughter {relativeLatin} walks to school alone every morning, we know. "
                            + "Think about what will happen if you keep writing.", "{attacker}", null),
            new Template(PostLanguage.TR, Label.SEXUALIZED_SMEAR,
                    "Şu \"aktivist\" {name} kadının gece hayatını herkes bilsin. [sahte görsel — paylaşılmadı] "
                            + "Yayın, utansın.",
                    "Let everyone know the night life of this so-called \"activist\" {nameLatin}. [fabricated "
                            + "image — not reproduced] Spread it, let her be ashamed.", "{attacker}", null),
            new Template(PostLanguage.TR, Label.HARASSMENT,
                    "{handle}, bugün yine işyerinin önündeydim. Yarın da orada olacağım. Her gün.",
                    "{handle}, I was outside your workplace again today. I will be there tomorrow too. Every day.",
                    "{attacker}", null),
            new Template(PostLanguage.TR, Label.BENIGN,
                    "Annemle babamın 40. evlilik yıl dönümü, {town} 🎉 Ne güzel bir akşamdı, iyi ki varsınız!",
                    "My mum and dad's 40th wedding anniversary, {townLatin} 🎉 What a lovely evening, so glad you "
                            + "are all here!", "@lanternfig_syn",
                    of("Benign: the author shares a photo of their own parents' anniversary. A family photo posted by "
                                    + "the family is not a threat to family: what matters is who posts it and why.",
                            "Bénin : l’auteur partage une photo de l’anniversaire de mariage de ses propres parents. "
                                    + "Une photo de famille publiée par la famille n’est pas une menace contre les "
                                    + "proches : ce qui compte, c’est qui la publie et pourquoi.",
                            "Unbedenklich: Die Person teilt ein Foto vom Hochzeitstag ihrer eigenen Eltern. Ein "
                                    + "Familienfoto, das die Familie selbst postet, ist keine Drohung gegen Angehörige: "
                                    + "Entscheidend ist, wer es postet und warum.",
                            "Innocuo: l’autore condivide una foto dell’anniversario di matrimonio dei propri genitori. "
                                    + "Una foto di famiglia pubblicata dalla famiglia non è una minaccia ai familiari: "
                                    + "conta chi la pubblica e perché.",
                            "無害：投稿者が自分の両親の結婚記念日の写真を共有しています。家族自身が投稿した家族写真は家族への脅迫ではありま"
                                    + "せん。誰がなぜ投稿したかが重要です。")));

    /** Why a harmful post has its label, the same in every script. */
    private static final Map<Label, LocalizedText> BECAUSE = Map.of(
            Label.DOXING, of(
                    "Doxing: the post ties the account to a real name and publishes where the woman lives or works "
                            + "and a private phone number, for an audience to act on. The script does not change the "
                            + "pattern: look for the name, the address, the number.",
                    "Doxing : la publication relie le compte à un vrai nom et publie le lieu de vie ou de travail "
                            + "et un numéro privé, pour qu’un public s’en serve. L’écriture ne change rien au schéma : "
                            + "cherchez le nom, l’adresse, le numéro.",
                    "Doxing: Der Beitrag verknüpft das Konto mit einem echten Namen und veröffentlicht Wohn- oder "
                            + "Arbeitsort und eine private Telefonnummer, damit ein Publikum danach handelt. Die "
                            + "Schrift ändert das Muster nicht: Achten Sie auf Name, Adresse, Nummer.",
                    "Doxing: il post collega l’account a un nome reale e pubblica dove la donna vive o lavora e un "
                            + "numero privato, perché un pubblico ne faccia uso. La scrittura non cambia lo schema: "
                            + "cercate il nome, l’indirizzo, il numero.",
                    "ドキシング：投稿はアカウントを実名に結びつけ、住所や勤務先と個人の電話番号を公開し、閲覧者に行動を促しています。"
                            + "文字体系が違っても型は同じです。氏名・住所・番号を探してください。"),
            Label.THREAT_TO_FAMILY, of(
                    "Threat to family: the post names a relative of the target and where they live or study, and "
                            + "ties their safety to what the target publishes. The threat is implied, not spelled "
                            + "out, which is typical.",
                    "Menace contre la famille : la publication nomme un proche de la cible et l’endroit où il vit "
                            + "ou étudie, et lie sa sécurité à ce que la cible publie. La menace est sous-entendue, "
                            + "pas explicite, ce qui est typique.",
                    "Drohung gegen Angehörige: Der Beitrag nennt einen Angehörigen der Zielperson und dessen Wohn- "
                            + "oder Ausbildungsort und knüpft dessen Sicherheit an das, was die Zielperson "
                            + "veröffentlicht. Die Drohung ist angedeutet, nicht ausgesprochen: Das ist typisch.",
                    "Minaccia ai familiari: il post nomina un familiare della persona presa di mira e il luogo dove "
                            + "vive o studia, e lega la sua sicurezza a ciò che la persona pubblica. La minaccia è "
                            + "implicita, non esplicita, come accade spesso.",
                    "家族への脅迫：投稿は標的の家族と、その住む場所や通う学校に触れ、その安全を標的の発信内容と結びつけています。"
                            + "脅しを明言せずにほのめかすのが典型です。"),
            Label.SEXUALIZED_SMEAR, of(
                    "Sexualized smear: the post attacks a woman's reputation with a sexual insinuation and a "
                            + "fabricated image (noted, not shown), and asks others to spread it.",
                    "Dénigrement sexualisé : la publication s’en prend à la réputation d’une femme par une "
                            + "insinuation sexuelle et une image fabriquée (signalée, non montrée), et appelle à la "
                            + "diffuser.",
                    "Sexualisierte Diffamierung: Der Beitrag greift den Ruf einer Frau mit einer sexuellen "
                            + "Unterstellung und einem gefälschten Bild an (vermerkt, nicht gezeigt) und ruft dazu "
                            + "auf, es zu verbreiten.",
                    "Diffamazione sessualizzata: il post attacca la reputazione di una donna con un’insinuazione "
                            + "sessuale e un’immagine fabbricata (segnalata, non mostrata), e invita a diffonderla.",
                    "性的な中傷：投稿は性的なほのめかしと捏造画像（注記のみで表示しません）で女性の評判を傷つけ、拡散を呼びかけています。"),
            Label.HARASSMENT, of(
                    "Harassment: the post targets the woman herself with relentless contact, stalking, or a call "
                            + "for a pile-on or mass reporting; it exposes no new private data and names no relative.",
                    "Harcèlement : la publication vise la personne elle-même par des contacts incessants, une "
                            + "traque ou un appel au harcèlement en meute ou aux signalements massifs ; elle n’expose "
                            + "aucune donnée privée nouvelle et ne nomme aucun proche.",
                    "Belästigung: Der Beitrag zielt auf die Frau selbst, mit unablässigen Kontakten, Nachstellung "
                            + "oder einem Aufruf zu Massenangriffen oder Massenmeldungen; er legt keine neuen privaten "
                            + "Daten offen und nennt keine Angehörigen.",
                    "Molestie: il post prende di mira la donna stessa con contatti incessanti, pedinamenti o un "
                            + "invito all’attacco in massa o alle segnalazioni di massa; non espone nuovi dati privati "
                            + "e non nomina familiari.",
                    "ハラスメント：投稿は執拗な接触、つきまとい、集団攻撃や大量通報の呼びかけで本人を標的にしています。"
                            + "新たな個人情報の暴露や家族への言及はありません。"));

    /** How the explanation introduces the post's English working translation, per interface language. */
    private static final LocalizedText GLOSS = of("Working translation: “%s”", "Traduction de travail (anglais) : « %s »",
            "Arbeitsübersetzung (Englisch): „%s“", "Traduzione di lavoro (inglese): «%s»", "作業用の英訳：「%s」");

    private final long seed;

    public MultilingualPostGenerator(long seed) {
        this.seed = seed;
    }

    /** The posts, in a seeded order, numbered {@code ml-01} on in that order. */
    public List<MultilingualPost> generate() {
        SeededRandom random = new SeededRandom(seed);
        List<Template> order = new ArrayList<>(TEMPLATES);
        random.shuffle(order);
        List<MultilingualPost> posts = new ArrayList<>(order.size());
        long at = APRIL_2025;
        for (int i = 0; i < order.size(); i++) {
            Template t = order.get(i);
            Cast cast = CASTS.get(t.lang());
            Person person = random.pick(cast.people());
            Word relative = random.pick(cast.relatives());
            Word street = random.pick(cast.streets());
            Word town = random.pick(cast.towns());
            String phone = "+00 555 01" + (10 + random.nextInt(90));
            String number = Integer.toString(1 + random.nextInt(98));
            String author = switch (t.author()) {
                case "{attacker}" -> random.pick(ATTACKERS);
                case "{target}" -> person.handle();
                default -> t.author();
            };
            // a month of posts in order: about one a day, at any hour
            at += 3600L * (6 + random.nextInt(40)) + 60L * random.nextInt(60);
            Map<String, String> slots = Map.ofEntries(Map.entry("{name}", person.name()),
                    Map.entry("{nameLatin}", person.latin()), Map.entry("{handle}", person.handle()),
                    Map.entry("{relative}", relative.text()), Map.entry("{relativeLatin}", relative.latin()),
                    Map.entry("{street}", street.text()), Map.entry("{streetLatin}", street.latin()),
                    Map.entry("{town}", town.text()), Map.entry("{townIn}", town.in()),
                    Map.entry("{townLatin}", town.latin()), Map.entry("{phone}", phone), Map.entry("{number}", number));
            String text = fill(t.text(), slots);
            String gloss = fill(t.gloss(), slots);
            LocalizedText because = t.label() == Label.BENIGN ? t.benignBecause() : BECAUSE.get(t.label());
            posts.add(new MultilingualPost("ml-%02d".formatted(i + 1), random.pick(PLATFORMS), author, t.lang(),
                    Times.isoUtc(at), text, gloss, t.label(), explained(because, gloss)));
        }
        return posts;
    }

    /** The reason, then the gloss, in each interface language. */
    private static LocalizedText explained(LocalizedText because, String gloss) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (String code : FiveLanguages.CODES) {
            texts.put(code, because.byLanguage().get(code) + " " + GLOSS.byLanguage().get(code).formatted(gloss));
        }
        return new LocalizedText(texts);
    }

    private static String fill(String template, Map<String, String> slots) {
        String out = template;
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            out = out.replace(slot.getKey(), slot.getValue());
        }
        if (out.contains("{")) {
            throw new IllegalStateException("a slot is left unfilled: " + out);
        }
        return out;
    }
}
