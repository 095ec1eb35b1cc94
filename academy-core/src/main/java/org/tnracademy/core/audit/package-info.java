/** The append-only audit log of sign-ins, account and content changes. */
package org.tnracademy.core.audit;
