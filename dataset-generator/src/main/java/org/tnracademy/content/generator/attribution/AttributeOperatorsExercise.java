package org.tnracademy.content.generator.attribution;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.q;

import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.DatasetWriter;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.ExerciseFileWriter.Hint;
import org.tnracademy.content.generator.Texts;
import org.tnracademy.exercises.LocalizedText;

/**
 * The curriculum's {@code attribute-accounts-to-operators} exercise, of type
 * {@code account-attribution}: three planted operators, a look-alike community and a choir's circle
 * of independent people, and a few loners, from {@link InteractionLogGenerator}.
 */
public final class AttributeOperatorsExercise implements CurriculumExercise {

    static final int[] OPERATOR_SIZES = {5, 4, 4};
    static final int COMMUNITIES = 2;
    static final int COMMUNITY_SIZE = 4;
    static final int LONERS = 4;

    @Override
    public String typeId() {
        return "account-attribution";
    }

    @Override
    public Map<String, String> files(long seed) {
        String id = "attribute-accounts-to-operators";
        String dataset = "datasets/interactions.jsonl";
        InteractionLogGenerator.Log log = new InteractionLogGenerator(seed).generate(OPERATOR_SIZES, COMMUNITIES,
                COMMUNITY_SIZE, LONERS);
        StringBuilder lines = new StringBuilder();
        log.posts().forEach(p -> lines.append(DatasetWriter.jsonLine(p)));
        StringBuilder ex = new StringBuilder();
        ex.append(ExerciseFileWriter.head(id, typeId(),
                Texts.of("Attribute the accounts to their operators", "Attribuer les comptes à leurs opérateurs",
                        "Konten ihren Betreibern zuordnen", "Attribuire gli account ai loro operatori",
                        "アカウントを運営者に帰属させる"),
                instructions(log.posts().size(), log.accounts().size()), "intermediate",
                List.of("harassment", "information-manipulation"), dataset, 3, null, hints(), seed));
        ex.append("spec:\n  accounts:\n");
        log.accounts().forEach(a -> ex.append("    - ").append(q(a)).append('\n'));
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("operators:\n");
        for (InteractionLogGenerator.Operator operator : log.operators()) {
            key.append("  - accounts: [").append(String.join(", ", operator.accounts().stream().map(a -> q(a))
                    .toList())).append("]\n");
            if (operator.why() != null) {
                key.append("    why: ").append(localized(operator.why())).append('\n');
            }
        }
        return ExerciseFileWriter.files(dataset, lines.toString(), id, ex, key);
    }

    private static LocalizedText instructions(int posts, int accounts) {
        return Texts.of("""
                A smear campaign against three journalists ran on Chirper over three days. The log holds %d posts, replies and reposts by %d accounts. Some of these accounts are **sock puppets**: several accounts run by one operator. **Group the accounts by the operator behind them**: put the accounts you think one actor runs in one group, and leave independent people on their own.

                What ties accounts to one operator is behaviour, not opinion:

                - **created together**: an account's first post here is its "just joined" note;
                - **boosted within seconds**: the same item reposted, or answered, seconds after it appeared, every time;
                - **shared habits**: the same sign-off, the same link shortener, posts only in the same hours of the day.

                Beware of communities: people who talk about the same topic and answer each other minutes or hours later are not one operator, however much they agree.

                Your score is the B-cubed F1 of your grouping: for each account grouped (by its operator or by you), how much of its group is right and how much of its operator you found, averaged; an independent account you rightly leave alone counts for nothing. All accounts, posts and handles are synthetic."""
                .formatted(posts, accounts), """
                Une campagne de dénigrement contre trois journalistes s’est déroulée sur Chirper en trois jours. Le journal contient %d publications, réponses et repartages de %d comptes. Certains de ces comptes sont des **faux-nez** : plusieurs comptes tenus par un même opérateur. **Regroupez les comptes selon l’opérateur qui les tient** : mettez dans un même groupe les comptes qu’un seul acteur tient selon vous, et laissez seules les personnes indépendantes.

                Ce qui relie des comptes à un même opérateur, c’est le comportement, pas l’opinion :

                - **créés ensemble** : la première publication d’un compte ici est « Nouveau sur Chirper… » ;
                - **relayés en quelques secondes** : le même contenu repartagé, ou la même réponse, quelques secondes après sa parution, à chaque fois ;
                - **des habitudes communes** : la même signature, le même raccourcisseur de liens, des publications aux mêmes heures seulement.

                Attention aux communautés : des personnes qui parlent du même sujet et se répondent des minutes ou des heures plus tard ne sont pas un même opérateur, même si elles sont d’accord.

                Votre score est le F1 B-cubed de votre regroupement : pour chaque compte regroupé (par son opérateur ou par vous), la part juste de son groupe et la part de son opérateur retrouvée, en moyenne ; un compte indépendant que vous laissez seul à raison ne compte pas. Tous les comptes, publications et identifiants sont synthétiques."""
                .formatted(posts, accounts), """
                Eine Verleumdungskampagne gegen drei Journalistinnen und Journalisten lief drei Tage lang auf Chirper. Das Protokoll enthält %d Beiträge, Antworten und geteilte Beiträge von %d Konten. Einige dieser Konten sind **Sockenpuppen**: mehrere Konten, die ein einziger Betreiber führt. **Gruppieren Sie die Konten nach dem Betreiber, der dahintersteht**: Legen Sie die Konten, die Ihrer Ansicht nach ein Akteur führt, in eine Gruppe, und lassen Sie unabhängige Personen für sich.

                Was Konten mit einem Betreiber verbindet, ist Verhalten, nicht Meinung:

                - **gemeinsam angelegt**: der erste Beitrag eines Kontos hier ist seine Notiz „gerade beigetreten“;
                - **binnen Sekunden verstärkt**: derselbe Inhalt geteilt oder beantwortet, Sekunden nach seinem Erscheinen, jedes Mal;
                - **gemeinsame Gewohnheiten**: dieselbe Grußformel, derselbe Linkverkürzer, Beiträge nur zu denselben Tageszeiten.

                Achten Sie auf Gemeinschaften: Personen, die über dasselbe Thema sprechen und einander Minuten oder Stunden später antworten, sind kein gemeinsamer Betreiber, wie sehr sie sich auch einig sind.

                Ihr Score ist der B-Cubed-F1-Wert Ihrer Gruppierung: für jedes gruppierte Konto (von seinem Betreiber oder von Ihnen), wie viel seiner Gruppe stimmt und wie viel seines Betreibers Sie gefunden haben, gemittelt; ein unabhängiges Konto, das Sie zu Recht allein lassen, zählt nicht. Alle Konten, Beiträge und Handles sind synthetisch."""
                .formatted(posts, accounts), """
                Una campagna diffamatoria contro tre giornalisti si è svolta su Chirper nell’arco di tre giorni. Il registro contiene %d post, risposte e ricondivisioni di %d account. Alcuni di questi account sono **account fantoccio**: più account gestiti da un unico operatore. **Raggruppi gli account secondo l’operatore che li gestisce**: metta in un gruppo gli account che secondo lei gestisce un solo attore, e lasci da sole le persone indipendenti.

                Ciò che lega gli account a un unico operatore è il comportamento, non l’opinione:

                - **creati insieme**: il primo post di un account qui è la sua nota «appena arrivato»;
                - **rilanciati in pochi secondi**: lo stesso contenuto ricondiviso, o la stessa risposta, pochi secondi dopo la sua comparsa, ogni volta;
                - **abitudini comuni**: la stessa firma, lo stesso accorciatore di link, post solo nelle stesse ore del giorno.

                Attenzione alle comunità: persone che parlano dello stesso argomento e si rispondono minuti o ore dopo non sono un unico operatore, per quanto siano d’accordo.

                Il punteggio è l’F1 B-cubed del suo raggruppamento: per ogni account raggruppato (dal suo operatore o da lei), quanto del suo gruppo è giusto e quanto del suo operatore ha trovato, in media; un account indipendente lasciato giustamente da solo non conta. Tutti gli account, i post e gli handle sono sintetici."""
                .formatted(posts, accounts), """
                3人のジャーナリストに対する中傷キャンペーンが、3日間にわたってChirper上で行われました。ログには%d件の投稿・返信・再投稿（%dのアカウントによるもの）が含まれています。これらのアカウントの一部は**ソックパペット**、つまり1人の運営者が操る複数のアカウントです。**アカウントを背後の運営者ごとにグループ分けしてください**。1人の行為者が操っていると考えるアカウントを1つのグループにまとめ、独立した人々は単独のままにしてください。

                アカウントを1人の運営者に結びつけるのは、意見ではなく行動です。

                - **同時期に作成**：ここでのアカウントの最初の投稿は「参加しました」という挨拶です。
                - **数秒以内の拡散**：同じ内容が公開から数秒後に、毎回、再投稿または返信されている。
                - **共通の習慣**：同じ締めの言葉、同じ短縮URLサービス、1日の同じ時間帯だけの投稿。

                コミュニティに注意してください。同じ話題について話し、数分から数時間後に互いに返信する人々は、どれほど意見が一致していても、1人の運営者ではありません。

                スコアはグループ分けのB-cubed F1値です。グループ化された各アカウント（運営者によるものか、あなたによるもの）について、そのグループのうち正しい部分の割合と、運営者のアカウントのうち見つけられた割合を平均します。正しく単独のままにした独立アカウントは計算に入りません。すべてのアカウント、投稿、ハンドルは合成データです。"""
                .formatted(posts, accounts));
    }

    private static List<Hint> hints() {
        return List.of(new Hint(Texts.of("Look at how each post ends and which link shortener it uses: an "
                        + "operator's puppets share its habits.", "Regardez comment chaque publication se termine et "
                        + "quel raccourcisseur de liens il utilise : les faux-nez d’un opérateur en partagent les "
                        + "habitudes.",
                        "Achten Sie darauf, wie jeder Beitrag endet und welchen Linkverkürzer er verwendet: Die "
                                + "Sockenpuppen eines Betreibers teilen seine Gewohnheiten.",
                        "Guardi come finisce ogni post e quale accorciatore di link usa: gli account fantoccio di un "
                                + "operatore ne condividono le abitudini.",
                        "各投稿の締めくくり方と、使われている短縮URLサービスを見てください。1人の運営者のソックパペットは、その習慣を共有しています。"),
                        0.1),
                new Hint(Texts.of("Filter the log by one account and note the hours it posts at; then compare "
                        + "the accounts that answer within a minute.", "Filtrez le journal sur un compte et notez "
                        + "ses heures de publication ; comparez ensuite les comptes qui répondent en moins d’une "
                        + "minute.",
                        "Filtern Sie das Protokoll nach einem Konto und notieren Sie die Uhrzeiten seiner Beiträge; "
                                + "vergleichen Sie dann die Konten, die innerhalb einer Minute antworten.",
                        "Filtri il registro per un account e annoti le ore in cui pubblica; poi confronti gli "
                                + "account che rispondono entro un minuto.",
                        "ログを1つのアカウントで絞り込み、投稿する時間帯をメモしてください。次に、1分以内に返信しているアカウント同士を比べてください。"),
                        0.2));
    }
}
