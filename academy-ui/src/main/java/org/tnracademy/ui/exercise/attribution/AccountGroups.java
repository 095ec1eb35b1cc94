package org.tnracademy.ui.exercise.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's grouping while they work: each account's group number, 1 to {@link #groupCount()},
 * or 0 for an account on its own. Groups stay numbered without gaps: when the last account leaves a
 * group, the groups after it move up by one, so "New group" is always the next number.
 */
final class AccountGroups {

    private final List<String> accounts;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] groupOf;
    private int groupCount;
    private boolean readOnly;
    private Runnable onChange = () -> { };

    AccountGroups(List<String> accounts) {
        this.accounts = List.copyOf(accounts);
        for (int i = 0; i < this.accounts.size(); i++) {
            index.put(this.accounts.get(i), i);
        }
        groupOf = new int[this.accounts.size()];
    }

    List<String> accounts() {
        return accounts;
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    int groupCount() {
        return groupCount;
    }

    /** 0 for an account on its own. */
    int groupOf(String account) {
        Integer i = index.get(account);
        return i == null ? 0 : groupOf[i];
    }

    /** The accounts of group {@code g} (from 1), in the spec's order. */
    List<String> members(int group) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] == group) {
                members.add(accounts.get(i));
            }
        }
        return members;
    }

    /**
     * Puts the account in group {@code group}: 0 takes it out of any group, {@code groupCount() + 1}
     * (or more) opens a new group for it. Unknown accounts and a locked workspace change nothing.
     */
    void assign(String account, int group) {
        Integer i = index.get(account);
        if (i == null || readOnly || group < 0) {
            return;
        }
        int target = Math.min(group, groupCount + 1);
        if (groupOf[i] == target) {
            return;
        }
        int left = groupOf[i];
        groupOf[i] = target;
        groupCount = Math.max(groupCount, target);
        if (left > 0 && members(left).isEmpty()) {
            closeGap(left);
        }
        onChange.run();
    }

    private void closeGap(int emptied) {
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] > emptied) {
                groupOf[i]--;
            }
        }
        groupCount--;
    }

    /** True while no group holds two accounts: the grouping says nothing yet, and is not submitted. */
    boolean isEmpty() {
        for (int g = 1; g <= groupCount; g++) {
            if (members(g).size() > 1) {
                return false;
            }
        }
        return true;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** The answer's groups: each group's accounts in the spec's order, groups by number. */
    List<List<String>> groups() {
        List<List<String>> groups = new ArrayList<>();
        for (int g = 1; g <= groupCount; g++) {
            groups.add(members(g));
        }
        return groups;
    }

    /**
     * Puts back saved groups as far as they fit: unknown accounts, accounts already placed and
     * groups left empty by them are skipped. Does not call the change listener.
     */
    void restore(List<List<String>> saved) {
        java.util.Arrays.fill(groupOf, 0);
        groupCount = 0;
        for (List<String> group : saved) {
            Map<Integer, Boolean> placed = new LinkedHashMap<>();
            for (String account : group) {
                Integer i = index.get(account);
                if (i != null && groupOf[i] == 0 && !placed.containsKey(i)) {
                    placed.put(i, true);
                }
            }
            if (!placed.isEmpty()) {
                groupCount++;
                placed.keySet().forEach(i -> groupOf[i] = groupCount);
            }
        }
    }
}
