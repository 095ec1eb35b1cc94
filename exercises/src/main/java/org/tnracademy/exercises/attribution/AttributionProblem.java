package org.tnracademy.exercises.attribution;

import org.tnracademy.exercises.ProblemCode;

/** The problems of an attribution spec or key beyond the shared checks; arguments in each comment's order. */
public enum AttributionProblem implements ProblemCode {
    /** {0} the operators, {1} the accounts. */
    MORE_OPERATORS_THAN_ACCOUNTS,
    /** No operator runs two accounts or more. */
    NOTHING_TO_GROUP,
    /** An operator runs no account. */
    OPERATOR_WITHOUT_ACCOUNT,
    /** {0} the account, run by another operator already. */
    ACCOUNT_TAKEN;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.attribution.", this);
    }
}
