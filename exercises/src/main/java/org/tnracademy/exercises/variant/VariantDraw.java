package org.tnracademy.exercises.variant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws one learner's variant from a pool: a stratified sample of {@link VariantPolicy#items()}
 * items and their order, a pure function of the exercise's seed, the key version it is drawn
 * under and the learner's stable id (their account's id, never their user name, which can change).
 *
 * <p>Fair: how many items each stratum gives is the same for every learner (its share of the pool,
 * the remainders to the largest fractions, ties to the stratum first in alphabetical order), so no
 * learner gets an easier mix of labels. Within a stratum items are ranked by SHA-256 of seed, key
 * version, learner and item id, and the chosen ones are put in order by a second such hash: fixed
 * by the inputs alone in every JVM and on every node (no {@code java.util.Random}, whose sequence a
 * future JDK may keep but no test of ours could prove). Linear in the pool, plus one sort.
 */
public final class VariantDraw {

    private VariantDraw() {
    }

    /** The variant's pool ids in the order the learner meets them. */
    public static List<String> draw(VariantPolicy policy, List<PoolItem> pool, int keyVersion, long learnerId) {
        if (!policy.on()) {
            throw new IllegalArgumentException("variants are off");
        }
        Hasher pick = new Hasher(policy.seed(), keyVersion, learnerId, "pick");
        Hasher order = new Hasher(policy.seed(), keyVersion, learnerId, "order");
        Map<String, List<PoolItem>> strata = new LinkedHashMap<>();
        for (PoolItem item : pool) {
            strata.computeIfAbsent(item.stratum(), s -> new ArrayList<>()).add(item);
        }
        Map<String, Integer> quotas = quotas(Math.min(policy.items(), pool.size()), pool.size(), strata);
        List<Ranked> chosen = new ArrayList<>();
        strata.forEach((stratum, items) -> {
            List<Ranked> ranked = new ArrayList<>(items.size());
            for (PoolItem item : items) {
                ranked.add(new Ranked(item.id(), pick.rank(item.id())));
            }
            ranked.sort(Ranked.ORDER);
            for (Ranked r : ranked.subList(0, quotas.get(stratum))) {
                chosen.add(new Ranked(r.id(), order.rank(r.id())));
            }
        });
        chosen.sort(Ranked.ORDER);
        return chosen.stream().map(Ranked::id).toList();
    }

    /**
     * How many items each stratum gives: {@code total × size / poolSize} rounded down, then one more
     * to the strata with the largest remainders (ties: stratum names in order) until the total is met.
     */
    public static Map<String, Integer> quotas(int total, int poolSize, Map<String, ? extends List<?>> strata) {
        Map<String, Integer> quotas = new TreeMap<>();
        List<Map.Entry<String, Long>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, ? extends List<?>> s : strata.entrySet()) {
            long share = (long) total * s.getValue().size();
            int quota = (int) (share / poolSize);
            quotas.put(s.getKey(), quota);
            given += quota;
            remainders.add(Map.entry(s.getKey(), share % poolSize));
        }
        remainders.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; given < total; i++, given++) {
            quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return quotas;
    }

    private record Ranked(String id, long rank) {
        static final Comparator<Ranked> ORDER = Comparator.comparingLong(Ranked::rank)
                .thenComparing(Ranked::id);
    }

    /** SHA-256 of the draw's inputs and an item id, its first eight bytes as a number to sort by. */
    private static final class Hasher {
        private final MessageDigest digest;
        private final byte[] prefix;

        Hasher(long seed, int keyVersion, long learnerId, String purpose) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
            prefix = (seed + "/" + keyVersion + "/" + learnerId + "/" + purpose + "/").getBytes(StandardCharsets.UTF_8);
        }

        long rank(String itemId) {
            digest.update(prefix);
            byte[] d = digest.digest(itemId.getBytes(StandardCharsets.UTF_8));
            long rank = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                rank = (rank << 8) | (d[i] & 0xff);
            }
            // unsigned order, so the comparison is that of the hash's bytes
            return rank ^ Long.MIN_VALUE;
        }
    }
}
