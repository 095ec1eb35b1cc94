package org.tnracademy.exercises.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

/**
 * Grades a grouping of accounts against the key's operators by B-cubed (Bagga and Baldwin 1998):
 * for each account, precision is the share of its answer group run by its own operator and recall
 * the share of its operator's accounts in its answer group (the account itself included); both are
 * averaged over the accounts in play, those grouped with another in the key or in the answer, and
 * the score is their harmonic mean. An account alone in both is rightly left alone and, like a true
 * negative of set selection's F1, counts for nothing: otherwise a grouping that joins nothing would
 * keep the recall of every independent account and score high. The adjusted Rand index (Hubert
 * and Arabie 1985) over pairs of accounts is reported beside it. Pure and deterministic; one pass
 * over the accounts with a hash table of the contingency cells, so linear in the accounts except
 * the pairs listed, which stop at {@link #LISTED_PAIRS}.
 */
public final class AttributionGrader {

    /** How many wrongly joined (and wrongly split) pairs a result names; it counts them all. */
    public static final int LISTED_PAIRS = 10;

    public AttributionResult grade(AttributionSpec spec, AttributionKey key, AttributionAnswer answer) {
        List<String> accounts = spec.accounts();
        int n = accounts.size();
        Partition keyPartition = new Partition(key.operatorOf(spec));
        Partition answerPartition = new Partition(groupOf(spec, answer));
        int[] truth = keyPartition.labels;
        int[] given = answerPartition.labels;
        // contingency cells: accounts run by operator t and put in group g
        Map<Long, Integer> cells = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cells.merge(cell(truth[i], given[i], n), 1, Integer::sum);
        }
        double precisionSum = 0;
        double recallSum = 0;
        int inPlay = 0;
        List<AccountOutcome> outcomes = new ArrayList<>(n);
        boolean[] operatorMissed = new boolean[keyPartition.members.size()];
        for (int i = 0; i < n; i++) {
            int together = cells.get(cell(truth[i], given[i], n));
            int groupSize = answerPartition.size(given[i]);
            int operatorSize = keyPartition.size(truth[i]);
            if (groupSize > 1 || operatorSize > 1) {
                inPlay++;
                precisionSum += (double) together / groupSize;
                recallSum += (double) together / operatorSize;
            }
            boolean exact = together == groupSize && together == operatorSize;
            if (!exact) {
                operatorMissed[truth[i]] = true;
            }
            outcomes.add(new AccountOutcome(accounts.get(i), exact, keyPartition.others(truth[i], i, accounts),
                    answerPartition.others(given[i], i, accounts)));
        }
        // nothing in play: every account is alone in the key and left alone, all rightly
        double precision = inPlay == 0 ? 1 : precisionSum / inPlay;
        double recall = inPlay == 0 ? 1 : recallSum / inPlay;
        double f1 = 2 * precision * recall / (precision + recall);

        List<AccountPair> joined = new ArrayList<>();
        int joinedCount = mixedPairs(answerPartition, truth, accounts, joined);
        List<AccountPair> split = new ArrayList<>();
        int splitCount = mixedPairs(keyPartition, given, accounts, split);

        List<OperatorNote> notes = new ArrayList<>();
        Map<String, Integer> positions = spec.positions();
        for (AttributionKey.Operator operator : key.operators()) {
            int label = truth[positions.get(operator.accounts().getFirst())];
            if (operatorMissed[label] && operator.why() != null) {
                notes.add(new OperatorNote(keyPartition.others(label, -1, accounts), operator.why()));
            }
        }
        return new AttributionResult(f1, precision, recall, adjustedRand(cells, keyPartition, answerPartition, n),
                outcomes, joined, joinedCount, split, splitCount, notes);
    }

    /** Each account's group number: the answer's groups first, then one of its own for each account left out. */
    private static int[] groupOf(AttributionSpec spec, AttributionAnswer answer) {
        Map<String, Integer> positions = spec.positions();
        int n = positions.size();
        int[] of = new int[n];
        java.util.Arrays.fill(of, -1);
        List<List<String>> groups = answer.groups();
        for (int g = 0; g < groups.size(); g++) {
            for (String account : groups.get(g)) {
                Integer at = positions.get(account);
                if (at == null || of[at] >= 0) {
                    throw new InvalidAnswerException(List.of(new AnswerProblem("groups[" + g + "]",
                            at == null ? AnswerProblem.Code.UNKNOWN_ITEM : AnswerProblem.Code.DUPLICATE_ITEM,
                            "'" + account + "' is not an account of this exercise, or is in two groups")));
                }
                of[at] = g;
            }
        }
        int next = groups.size();
        for (int i = 0; i < n; i++) {
            if (of[i] < 0) {
                of[i] = next++;
            }
        }
        return of;
    }

    /**
     * The pairs of accounts together in {@code partition} whose labels in {@code other} differ: the
     * first {@link #LISTED_PAIRS} into {@code listed}, all of them counted. Each group is split into
     * blocks by the other label; the pairs across blocks are the mixed ones, so counting needs no
     * walk over pairs and listing stops after the few it keeps.
     */
    private static int mixedPairs(Partition partition, int[] other, List<String> accounts, List<AccountPair> listed) {
        int count = 0;
        for (List<Integer> group : partition.members) {
            if (group.size() < 2) {
                continue;
            }
            Map<Integer, List<Integer>> blocks = new LinkedHashMap<>();
            for (int account : group) {
                blocks.computeIfAbsent(other[account], k -> new ArrayList<>()).add(account);
            }
            int togetherPairs = 0;
            for (List<Integer> block : blocks.values()) {
                togetherPairs += pairs(block.size());
            }
            count += pairs(group.size()) - togetherPairs;
            List<List<Integer>> list = new ArrayList<>(blocks.values());
            for (int p = 0; p < list.size() && listed.size() < LISTED_PAIRS; p++) {
                for (int q = p + 1; q < list.size() && listed.size() < LISTED_PAIRS; q++) {
                    for (int x : list.get(p)) {
                        for (int y : list.get(q)) {
                            if (listed.size() == LISTED_PAIRS) {
                                break;
                            }
                            listed.add(x < y ? new AccountPair(accounts.get(x), accounts.get(y))
                                    : new AccountPair(accounts.get(y), accounts.get(x)));
                        }
                    }
                }
            }
        }
        return count;
    }

    /**
     * The adjusted Rand index: agreement on pairs of accounts beyond chance, 1 for the key's own
     * grouping, about 0 for a random one, below 0 for worse. When the expected and the best index
     * coincide (each side all alone, or all together) it is 1 for equal groupings and 0 otherwise.
     */
    static double adjustedRand(Map<Long, Integer> cells, Partition key, Partition answer, int n) {
        double index = 0;
        for (int c : cells.values()) {
            index += pairs(c);
        }
        double keyPairs = key.pairSum();
        double answerPairs = answer.pairSum();
        double expected = keyPairs * answerPairs / pairs(n);
        double best = (keyPairs + answerPairs) / 2;
        if (best == expected) {
            return index == best ? 1.0 : 0.0;
        }
        return (index - expected) / (best - expected);
    }

    private static int pairs(int size) {
        return size * (size - 1) / 2;
    }

    private static long cell(int truth, int given, int n) {
        return (long) truth * (2L * n + 1) + given;
    }

    /**
     * A grouping of the accounts: each account's label, numbered from 0 in the order of the groups'
     * first accounts in the spec, and the accounts (by place in the spec) under each label.
     */
    static final class Partition {
        final int[] labels;
        final List<List<Integer>> members = new ArrayList<>();

        Partition(int[] groups) {
            labels = new int[groups.length];
            Map<Integer, Integer> renumbered = new HashMap<>();
            for (int i = 0; i < groups.length; i++) {
                int label = renumbered.computeIfAbsent(groups[i], g -> renumbered.size());
                if (label == members.size()) {
                    members.add(new ArrayList<>());
                }
                labels[i] = label;
                members.get(label).add(i);
            }
        }

        int size(int label) {
            return members.get(label).size();
        }

        double pairSum() {
            double sum = 0;
            for (List<Integer> m : members) {
                sum += pairs(m.size());
            }
            return sum;
        }

        /** The handles under {@code label} but {@code self}'s (the first few), and how many. */
        Handles others(int label, int self, List<String> accounts) {
            List<Integer> group = members.get(label);
            List<String> first = new ArrayList<>(Handles.KEPT);
            for (int i = 0; i < group.size() && first.size() < Handles.KEPT; i++) {
                if (group.get(i) != self) {
                    first.add(accounts.get(group.get(i)));
                }
            }
            return new Handles(first, group.size() - (self >= 0 ? 1 : 0));
        }
    }
}
