/**
 * The REST read-out for integrations under /api: a learner's own progress, and a course's results
 * for the people who teach it and follow its cohorts. JSON only; never an answer key, never an
 * answer, and learners see only themselves. Secured by {@code ui.security.ApiSecurity}.
 */
package org.tnracademy.ui.api;
