/**
 * What operators need of a running academy: liveness and readiness for load balancers and
 * Kubernetes, Prometheus metrics behind a scrape token, and the meters of the UI itself (sessions,
 * UIs, sign-ins). Nothing here is seen by learners.
 */
package org.tnracademy.ui.operations;
