/**
 * Account attribution: the learner groups the accounts of an interaction log into the operators
 * behind them (sock-puppet networks run by one actor, beside look-alike independent communities);
 * graded by B-cubed F1 over the accounts, with the adjusted Rand index reported beside it.
 */
package org.tnracademy.exercises.attribution;
