package org.tnracademy.core.audit;

/** What the audit log records. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, ACCOUNT_CREATED, CONTENT_IMPORTED
}
