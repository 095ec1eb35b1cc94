package org.tnracademy.exercises;

import java.util.Arrays;

/**
 * Kendall tau measures of an order against a key, in O(n log n) so a timeline of thousands of
 * events grades in milliseconds. The input is the key's rank of each item, in the order the learner
 * gave: a pair is discordant when the earlier item has the higher rank; items of equal rank are
 * tied, and a tied pair is neither concordant nor discordant (either order is right).
 */
public final class Ranking {

    private Ranking() {
    }

    /** Pairs i < j with ranks[i] > ranks[j]: the Kendall tau distance. Merge sort, O(n log n). */
    public static long discordantPairs(int[] ranks) {
        int[] sorted = ranks.clone();
        return sortCounting(sorted, new int[sorted.length], 0, sorted.length);
    }

    /**
     * For each position, the number of discordant pairs it is part of: how out of place that item
     * is. Sums to twice {@link #discordantPairs}. Fenwick tree over the ranks, O(n log n).
     */
    public static long[] discordantPairsPerPosition(int[] ranks) {
        int[] dense = denseRanks(ranks);
        int n = ranks.length;
        long[] per = new long[n];
        Fenwick seen = new Fenwick(n);
        for (int i = 0; i < n; i++) {
            per[i] += i - seen.countUpTo(dense[i]); // earlier items with a higher rank
            seen.add(dense[i]);
        }
        Fenwick later = new Fenwick(n);
        for (int i = n - 1; i >= 0; i--) {
            per[i] += later.countUpTo(dense[i] - 1); // later items with a lower rank
            later.add(dense[i]);
        }
        return per;
    }

    /** Pairs whose ranks differ: n(n-1)/2 minus the tied pairs. */
    public static long comparablePairs(int[] ranks) {
        int[] sorted = ranks.clone();
        Arrays.sort(sorted);
        long n = sorted.length;
        long comparable = n * (n - 1) / 2;
        for (int i = 0, j; i < sorted.length; i = j) {
            j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            long tied = j - i;
            comparable -= tied * (tied - 1) / 2;
        }
        return comparable;
    }

    /**
     * The normalised Kendall tau distance turned into a score: 1 - discordant / comparable, so 1 is
     * the key's order and 0 its reverse. With no comparable pair every order is right: 1.
     */
    public static double kendallTauScore(int[] ranks) {
        long comparable = comparablePairs(ranks);
        return comparable == 0 ? 1.0 : 1.0 - (double) discordantPairs(ranks) / comparable;
    }

    private static long sortCounting(int[] a, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = sortCounting(a, buffer, from, mid) + sortCounting(a, buffer, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (a[i] <= a[j]) { // a tie is not an inversion
                buffer[k++] = a[i++];
            } else {
                count += mid - i; // a[j] is lower than every item left in the first half
                buffer[k++] = a[j++];
            }
        }
        while (i < mid) {
            buffer[k++] = a[i++];
        }
        while (j < to) {
            buffer[k++] = a[j++];
        }
        System.arraycopy(buffer, from, a, from, to - from);
        return count;
    }

    /** Ranks mapped to 1..distinct, keeping order and ties. */
    private static int[] denseRanks(int[] ranks) {
        int[] distinct = Arrays.stream(ranks).distinct().sorted().toArray();
        int[] dense = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            dense[i] = Arrays.binarySearch(distinct, ranks[i]) + 1;
        }
        return dense;
    }

    /** Counts of ranks 1..n seen so far, with prefix sums in O(log n). */
    private static final class Fenwick {
        private final int[] tree;

        Fenwick(int n) {
            tree = new int[n + 1];
        }

        void add(int rank) {
            for (int i = rank; i < tree.length; i += i & -i) {
                tree[i]++;
            }
        }

        int countUpTo(int rank) {
            int count = 0;
            for (int i = rank; i > 0; i -= i & -i) {
                count += tree[i];
            }
            return count;
        }
    }
}
