package org.tnracademy.core.policy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tnracademy.exercises.variant.VariantPolicy;

/**
 * {@code policy.variants} as a tree, the way pack files and studio drafts write it:
 * {@code {items: 20, stratifyBy: label, seed: 17}} (the pack reader checks a file's; see PackReader).
 */
public final class VariantPolicyTrees {

    private VariantPolicyTrees() {
    }

    /** The tree of a policy that is on; the seed is always written, so an export keeps every variant. */
    public static Map<String, Object> tree(VariantPolicy v) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("items", v.items());
        if (v.stratifyBy() != null) {
            tree.put("stratifyBy", v.stratifyBy());
        }
        tree.put("seed", v.seed());
        return tree;
    }

    /** A tree written by {@link #tree} (a saved draft); off when absent. */
    public static VariantPolicy read(Object tree) {
        if (!(tree instanceof Map<?, ?> m) || !(m.get("items") instanceof Number items) || items.intValue() == 0) {
            return VariantPolicy.OFF;
        }
        return new VariantPolicy(items.intValue(), m.get("stratifyBy") instanceof String s ? s : null,
                m.get("seed") instanceof Number seed ? seed.longValue() : 0);
    }
}
