/**
 * xAPI: statements about what learners do (launched, experienced, attempted, answered, scored,
 * completed, passed), written to a transactional outbox in the transaction of the action itself
 * and posted in batches to a configured learning record store by a sender that claims rows with a
 * lease, backs off while the store is down and parks what the store refuses for good. Off unless
 * {@code academy.xapi.endpoint} is set (docs/xapi.md).
 */
package org.tnracademy.core.xapi;
