package org.tnracademy.exercises.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.shape.ObjectShape;

/** The `account-attribution` type. */
public final class AttributionType implements AutoGradedType<AttributionSpec, AttributionKey, AttributionAnswer,
        AttributionResult> {

    public static final String ID = "account-attribution";

    private final AttributionGrader grader = new AttributionGrader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public AttributionSpec readSpec(Map<String, Object> tree) {
        return AttributionSpec.fromMap(tree);
    }

    @Override
    public AttributionKey readKey(AttributionSpec spec, Map<String, Object> tree) {
        return AttributionKey.fromMap(spec, tree);
    }

    @Override
    public AttributionAnswer readAnswer(AttributionSpec spec, Map<String, Object> tree) {
        return AttributionAnswer.fromMap(spec, tree);
    }

    @Override
    public AttributionResult grade(AttributionSpec spec, AttributionKey key, AttributionAnswer answer) {
        return grader.grade(spec, key, answer);
    }

    @Override
    public Class<AttributionResult> resultType() {
        return AttributionResult.class;
    }

    /**
     * One item per account: right when the learner put it with exactly its true co-members. The
     * expected and given values are its group in the key and in the answer, by handle, the account
     * itself first (see {@link Handles#groupWith}).
     */
    @Override
    public List<ItemResponse> itemResponses(GradeResult result) {
        List<ItemResponse> out = new ArrayList<>();
        for (AccountOutcome a : resultType().cast(result).accounts()) {
            out.add(new ItemResponse(a.account(), a.expectedWith().groupWith(a.account()),
                    a.givenWith().groupWith(a.account()), a.exact()));
        }
        return out;
    }

    /** Accounts are named by their handle, in the spec's order. */
    @Override
    public ItemNaming itemNaming(AttributionSpec spec, Collection<String> itemIds) {
        ItemNaming.Builder naming = ItemNaming.builder();
        List<String> accounts = spec.accounts();
        for (int i = 0; i < accounts.size(); i++) {
            // a kind shown by its words alone: the handle is the whole name of an account
            naming.item(accounts.get(i), ItemNaming.Kind.CRITERION, i + 1, ItemNaming.plain(accounts.get(i)));
        }
        return naming.build();
    }

    /** The learner works on the spec's accounts; the dataset only gives the evidence. */
    @Override
    public OptionalInt specItemCount(Supplier<Map<String, Object>> specTree) {
        return specTree.get().get("accounts") instanceof List<?> accounts ? OptionalInt.of(accounts.size())
                : OptionalInt.of(0);
    }

    @Override
    public ObjectShape specShape() {
        return AttributionShapes.spec();
    }

    @Override
    public ObjectShape keyShape() {
        return AttributionShapes.key();
    }
}
