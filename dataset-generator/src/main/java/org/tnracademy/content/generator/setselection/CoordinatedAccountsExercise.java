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
                Texts.of("Find the coordinated accounts", "Repérer les comptes coordonnés"),
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
                .formatted(SHARE_LOG_SIZE, accountCount));
    }

    private static List<Hint> coordinatedHints() {
        return List.of(new Hint(Texts.of("Sort the posts by time and look at the reposts: which accounts repost "
                + "the same item within a minute, every time?", "Triez les publications par heure et regardez les "
                + "repartages : quels comptes repartagent le même contenu en moins d’une minute, à chaque fois ?"),
                0.1), new Hint(Texts.of("Each campaign has one seed account whose posts the others repost; the "
                + "seed belongs to the network too.", "Chaque campagne a un compte source que les autres "
                + "repartagent ; la source fait aussi partie du réseau."), 0.2));
    }
}
