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
                Texts.of("Attribute the accounts to their operators", "Attribuer les comptes à leurs opérateurs"),
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
                .formatted(posts, accounts));
    }

    private static List<Hint> hints() {
        return List.of(new Hint(Texts.of("Look at how each post ends and which link shortener it uses: an "
                        + "operator's puppets share its habits.", "Regardez comment chaque publication se termine et "
                        + "quel raccourcisseur de liens il utilise : les faux-nez d’un opérateur en partagent les "
                        + "habitudes."), 0.1),
                new Hint(Texts.of("Filter the log by one account and note the hours it posts at; then compare "
                        + "the accounts that answer within a minute.", "Filtrez le journal sur un compte et notez "
                        + "ses heures de publication ; comparez ensuite les comptes qui répondent en moins d’une "
                        + "minute."), 0.2));
    }
}
