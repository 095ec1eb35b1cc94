package org.tnracademy.content.generator.setselection;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.DatasetWriter;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.ExerciseFileWriter.Hint;
import org.tnracademy.content.generator.ShareAccount;
import org.tnracademy.content.generator.ShareLogGenerator;
import org.tnracademy.content.generator.Texts;
import org.tnracademy.exercises.LocalizedText;

/** The curriculum's {@code find-coordinated-accounts} exercise, of type {@code set-selection}: its files, from the type's generators. */
public final class CoordinatedAccountsExercise implements CurriculumExercise {

    public static final int SHARE_LOG_SIZE = 240;

    @Override
    public String typeId() {
        return "set-selection";
    }

    @Override
    public Map<String, String> files(long seed) {
        String id = "find-coordinated-accounts";
        String dataset = "datasets/shares.jsonl";
        StringBuilder lines = new StringBuilder();
        List<ShareAccount> accounts = new ArrayList<>();
        new ShareLogGenerator(seed).generate(SHARE_LOG_SIZE, p -> lines.append(DatasetWriter.jsonLine(p)),
                accounts::add);
        StringBuilder ex = new StringBuilder();
        ex.append(ExerciseFileWriter.head(id, typeId(),
                Texts.of("Find the coordinated accounts", "Repérer les comptes coordonnés",
                        "Koordinierte Konten finden", "Individuare gli account coordinati", "連携するアカウントを見つける"),
                coordinatedInstructions(accounts.size()), "intermediate",
                List.of("harassment", "information-manipulation"), dataset, 3, null, coordinatedHints(), seed));
        ex.append("spec:\n  metric: f1\n  items:\n");
        accounts.forEach(a -> ex.append("    - ").append(q(a.handle())).append('\n'));
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("selected:\n");
        accounts.stream().filter(a -> a.role() == ShareAccount.Role.COORDINATED)
                .forEach(a -> key.append("  - ").append(q(a.handle())).append('\n'));
        key.append("explanations:\n");
        accounts.stream().filter(a -> a.why() != null).forEach(a -> key.append("  ").append(q(a.handle()))
                .append(": ").append(localized(a.why())).append('\n'));
        return ExerciseFileWriter.files(dataset, lines.toString(), id, ex, key);
    }

    private static LocalizedText coordinatedInstructions(int accountCount) {
        return Texts.of("""
                Two attack campaigns against journalists ran on Chirper over three days. The log holds %d posts by %d accounts. Select **every account that belongs to a coordinated network**, and only those.

                Look for behaviour, not opinions:

                - accounts **created together**: an account's first post here is its "just joined" note;
                - the **same items reposted within seconds** of each other ("RT @source_syn: ...");
                - **shared hashtags** used in lockstep.

                Beware of decoys: people who use the same hashtag in their own words, at their own time, are not a network; neither is a brand-new account on its own, nor someone who reposts an item hours later.

                Your score is the F1 of your selection: missing a member and accusing an innocent account cost the same. All accounts, posts and handles are synthetic."""
                .formatted(SHARE_LOG_SIZE, accountCount), """
                Deux campagnes d’attaque contre des journalistes ont eu lieu sur Chirper en trois jours. Le journal contient %d publications de %d comptes. Sélectionnez **tous les comptes qui appartiennent à un réseau coordonné**, et seulement eux.

                Cherchez des comportements, pas des opinions :

                - des comptes **créés ensemble** : la première publication d’un compte ici est son message « je viens d’arriver » ;
                - les **mêmes contenus repartagés à quelques secondes** d’intervalle (« RT @source_syn: ... ») ;
                - des **mots-dièse communs** employés en cadence.

                Attention aux leurres : des personnes qui emploient le même mot-dièse avec leurs propres mots, à leur propre rythme, ne forment pas un réseau ; un compte tout neuf à lui seul non plus, ni quelqu’un qui repartage un contenu des heures plus tard.

                Votre score est le F1 de votre sélection : oublier un membre et accuser un compte innocent coûtent autant. Tous les comptes, publications et identifiants sont synthétiques."""
                .formatted(SHARE_LOG_SIZE, accountCount), """
                Zwei Angriffskampagnen gegen Journalistinnen und Journalisten liefen drei Tage lang auf Chirper. Das Protokoll enthält %d Beiträge von %d Konten. Wählen Sie **jedes Konto, das zu einem koordinierten Netzwerk gehört**, und nur diese.

                Achten Sie auf Verhalten, nicht auf Meinungen:

                - Konten, die **gemeinsam angelegt** wurden: der erste Beitrag eines Kontos hier ist seine Notiz „gerade beigetreten“;
                - **dieselben Inhalte, innerhalb von Sekunden** nacheinander geteilt („RT @source_syn: ...“);
                - **gemeinsame Hashtags**, im Gleichschritt verwendet.

                Achten Sie auf Köder: Personen, die denselben Hashtag in eigenen Worten und zu eigenen Zeiten verwenden, sind kein Netzwerk; ebenso wenig ein brandneues Konto für sich allein oder jemand, der einen Inhalt Stunden später teilt.

                Ihr Score ist der F1-Wert Ihrer Auswahl: ein übersehenes Mitglied und ein zu Unrecht beschuldigtes Konto kosten gleich viel. Alle Konten, Beiträge und Handles sind synthetisch."""
                .formatted(SHARE_LOG_SIZE, accountCount), """
                Due campagne di attacco contro giornalisti si sono svolte su Chirper nell’arco di tre giorni. Il registro contiene %d post di %d account. Selezioni **ogni account che appartiene a una rete coordinata**, e solo quelli.

                Cerchi comportamenti, non opinioni:

                - account **creati insieme**: il primo post di un account qui è la sua nota «appena arrivato»;
                - gli **stessi contenuti ricondivisi a pochi secondi** l’uno dall’altro («RT @source_syn: ...»);
                - **hashtag comuni** usati in sincronia.

                Attenzione alle esche: chi usa lo stesso hashtag con parole proprie, con i propri tempi, non è una rete; né lo è un account nuovissimo da solo, né chi ricondivide un contenuto ore dopo.

                Il punteggio è l’F1 della sua selezione: tralasciare un membro e accusare un account innocente costano uguale. Tutti gli account, i post e gli handle sono sintetici."""
                .formatted(SHARE_LOG_SIZE, accountCount), """
                ジャーナリストを狙った2つの攻撃キャンペーンが、3日間にわたってChirper上で行われました。ログには%d件の投稿（%dのアカウントによるもの）が含まれています。**連携ネットワークに属するすべてのアカウント**を選択し、それ以外は選択しないでください。

                意見ではなく、行動に注目してください。

                - **同時期に作成された**アカウント：ここでのアカウントの最初の投稿は「参加しました」という挨拶です。
                - **同じ内容を数秒以内に**次々と再投稿している（「RT @source_syn: ...」）。
                - **共通のハッシュタグ**を足並みをそろえて使っている。

                おとりに注意してください。同じハッシュタグを自分の言葉で、自分のタイミングで使う人々はネットワークではありません。作成されたばかりのアカウント単独も、数時間後に内容を再投稿する人も同様です。

                スコアは選択のF1値です。メンバーの見落としと無関係なアカウントの告発は、同じだけ減点されます。すべてのアカウント、投稿、ハンドルは合成データです。"""
                .formatted(SHARE_LOG_SIZE, accountCount));
    }

    private static List<Hint> coordinatedHints() {
        return List.of(new Hint(Texts.of("Sort the posts by time and look at the reposts: which accounts repost "
                + "the same item within a minute, every time?", "Triez les publications par heure et regardez les "
                + "repartages : quels comptes repartagent le même contenu en moins d’une minute, à chaque fois ?",
                "Sortieren Sie die Beiträge nach Zeit und sehen Sie sich die geteilten Inhalte an: Welche Konten teilen "
                        + "jedes Mal denselben Inhalt innerhalb einer Minute?",
                "Ordini i post per ora e guardi le ricondivisioni: quali account ricondividono lo stesso contenuto "
                        + "entro un minuto, ogni volta?",
                "投稿を時刻順に並べ、再投稿を見てください。毎回1分以内に同じ内容を再投稿しているのはどのアカウントですか？"),
                0.1), new Hint(Texts.of("Each campaign has one seed account whose posts the others repost; the "
                + "seed belongs to the network too.", "Chaque campagne a un compte source que les autres "
                + "repartagent ; la source fait aussi partie du réseau.",
                "Jede Kampagne hat ein Ausgangskonto, dessen Beiträge die anderen teilen; auch dieses Ausgangskonto "
                        + "gehört zum Netzwerk.",
                "Ogni campagna ha un account di origine i cui post vengono ricondivisi dagli altri; anche l’origine "
                        + "fa parte della rete.",
                "各キャンペーンには、他のアカウントが投稿を再投稿する起点アカウントが1つあります。起点アカウントもネットワークの一員です。"),
                0.2));
    }
}
