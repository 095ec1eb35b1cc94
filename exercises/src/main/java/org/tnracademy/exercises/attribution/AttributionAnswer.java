package org.tnracademy.exercises.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.TreeReader;

/**
 * The learner's grouping: each group the accounts they think one operator runs. An account in no
 * group runs on its own; so does one alone in a group. At least one group holds two accounts.
 */
public record AttributionAnswer(List<List<String>> groups) {

    public AttributionAnswer {
        groups = groups == null ? List.of() : groups.stream().map(Copies::list).toList();
    }

    /** An answer checked against the spec. */
    public static AttributionAnswer of(AttributionSpec spec, List<List<String>> groups) {
        List<AnswerProblem> problems = new ArrayList<>();
        List<List<String>> read = read(spec, groups, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return new AttributionAnswer(read);
    }

    /**
     * Reads an answer from a parsed tree: {@code {groups: [["@a_syn", "@b_syn"], ["@c_syn"]]}}.
     * Sizes are checked before a list is walked.
     */
    public static AttributionAnswer fromMap(AttributionSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("groups");
        List<AnswerProblem> problems = new ArrayList<>();
        List<List<String>> groups = read(spec, map == null ? null : map.get("groups"), problems);
        in.failOnAnswerProblems(problems);
        return new AttributionAnswer(groups);
    }

    private static List<List<String>> read(AttributionSpec spec, Object raw, List<AnswerProblem> problems) {
        List<List<String>> groups = new ArrayList<>();
        if (raw == null) {
            problems.add(nothingGrouped());
            return groups;
        }
        if (!(raw instanceof List<?> list)) {
            problems.add(new AnswerProblem("groups", AnswerProblem.Code.WRONG_TYPE, "must be a list of groups"));
            return groups;
        }
        int accounts = spec.accounts().size();
        if (list.size() > accounts) {
            problems.add(new AnswerProblem("groups", AnswerProblem.Code.TOO_LARGE,
                    "more groups (" + list.size() + ") than accounts (" + accounts + ")"));
            return groups;
        }
        Set<String> known = spec.accountSet();
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < list.size(); g++) {
            String where = "groups[" + g + "]";
            if (!(list.get(g) instanceof List<?> members)) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.WRONG_TYPE, "must be a list of accounts"));
                continue;
            }
            if (members.isEmpty()) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.MISSING_VALUE, "the group is empty"));
                continue;
            }
            if (members.size() > accounts) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.TOO_LARGE,
                        "more accounts (" + members.size() + ") than the exercise has (" + accounts + ")"));
                continue;
            }
            List<String> group = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                String at = where + "[" + i + "]";
                if (!(members.get(i) instanceof String account)) {
                    problems.add(new AnswerProblem(at, AnswerProblem.Code.WRONG_TYPE, "must be an account's handle"));
                } else if (account.isBlank()) {
                    problems.add(new AnswerProblem(at, AnswerProblem.Code.MISSING_VALUE, "the handle is empty"));
                } else if (!known.contains(account)) {
                    problems.add(new AnswerProblem(at, AnswerProblem.Code.UNKNOWN_ITEM,
                            "'" + shortened(account) + "' is not an account of this exercise", AnswerWords.NOT_AN_ITEM, shortened(account)));
                } else if (groupOf.putIfAbsent(account, g) != null) {
                    problems.add(new AnswerProblem(at, AnswerProblem.Code.DUPLICATE_ITEM,
                            "'" + account + "' is already in groups[" + groupOf.get(account) + "]", AnswerWords.ITEM_TWICE, account));
                } else {
                    group.add(account);
                }
            }
            groups.add(group);
        }
        if (problems.isEmpty() && groups.stream().noneMatch(g -> g.size() > 1)) {
            problems.add(nothingGrouped());
        }
        return groups;
    }

    /**
     * An answer that puts no two accounts together says nothing, as an empty answer of any type:
     * it is refused rather than scored (B-cubed would credit every account left alone).
     */
    private static AnswerProblem nothingGrouped() {
        return new AnswerProblem("groups", AnswerProblem.Code.MISSING_VALUE,
                "no group holds two accounts or more: put together the accounts you think one operator runs");
    }

    /** A text the learner sent, cut so that an error message stays short. */
    private static String shortened(String text) {
        return text.length() <= AttributionSpec.MAX_HANDLE_LENGTH ? text
                : text.substring(0, AttributionSpec.MAX_HANDLE_LENGTH) + "…";
    }
}
