/**
 * LTI 1.3 Advantage, the academy as a tool: registered platforms (LMSs), OIDC third-party login
 * initiation, the validated launch (an LMS user signed in to their academy account, the LMS
 * context to a cohort), Deep Linking 2.0, scores sent back through Assignment and Grade Services,
 * and the cohort filled from Names and Role Provisioning. See docs/lti.md.
 */
package org.tnracademy.core.lti;
