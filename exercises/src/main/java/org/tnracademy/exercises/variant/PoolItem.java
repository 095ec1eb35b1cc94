package org.tnracademy.exercises.variant;

/**
 * One item of an exercise's pool, the template a variant's item is drawn from.
 *
 * @param id      the item's id in the pool (a post, a question); a variant's item keeps it
 * @param stratum the value of the policy's stratum for this item (its label, its kind); "" without one
 */
public record PoolItem(String id, String stratum) {
}
