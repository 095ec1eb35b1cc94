/**
 * Course results as integrations read them (the /api read-out): one course's exercises and each
 * learner's standing on them, a page of learners at a time. No answer keys, no answers.
 */
package org.tnracademy.core.results;
