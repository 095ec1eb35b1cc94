package org.tnracademy.exercises.spans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.variant.ItemPool;
import org.tnracademy.exercises.variant.PoolItem;
import org.tnracademy.exercises.variant.PoolTrees;
import org.tnracademy.exercises.variant.VariantTrees;

/**
 * Span extraction's pool: the spec's posts, always stratified by whether the key marks spans in
 * them or none (a hard negative), whatever the policy names: a plain sample could leave a learner
 * no span to find (a key the type refuses) or no post to leave alone, so every learner gets the
 * same number of each. A variant keeps its posts in the spec in the variant's order (every category
 * stays offered) and of the key the spans of its posts.
 */
final class SpansItemPool implements ItemPool {

    static final String BY_SPANS = "spans";
    static final String WITH_SPANS = "with-spans";
    static final String WITHOUT_SPANS = "without-spans";

    @Override
    public Set<String> strata() {
        return Set.of(BY_SPANS);
    }

    @Override
    public List<PoolItem> pool(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> datasetItems,
                               String stratifyBy) {
        Set<String> marked = new HashSet<>();
        for (Map<?, ?> span : PoolTrees.objects(keyTree, "spans")) {
            marked.add(String.valueOf(span.get("post")));
        }
        List<PoolItem> pool = new ArrayList<>();
        for (Map<?, ?> post : PoolTrees.objects(specTree, "posts")) {
            String id = String.valueOf(post.get("id"));
            pool.add(new PoolItem(id, marked.contains(id) ? WITH_SPANS : WITHOUT_SPANS));
        }
        return pool;
    }

    @Override
    public VariantTrees restrict(Map<String, Object> specTree, Map<String, Object> keyTree, List<String> items) {
        return new VariantTrees(PoolTrees.keepOnly(specTree, "posts", "id", items),
                PoolTrees.keepWhere(keyTree, "spans", "post", new HashSet<>(items)), items);
    }

    @Override
    public Map<String, String> answeredItems(Map<String, Object> answerTree) {
        return PoolTrees.listItems(answerTree, "spans", "post");
    }
}
