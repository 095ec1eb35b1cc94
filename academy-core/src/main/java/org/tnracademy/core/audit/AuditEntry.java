package org.tnracademy.core.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the audit log: who did what, when, from which address. Never changed once written. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(updatable = false)
    private String detail;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    /** What the entry says in the reader's language (V27); null on entries written before. */
    @Column(name = "message_code", updatable = false)
    private String messageCode;

    @Column(name = "message_args", updatable = false)
    private String messageArgs;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, AuditAction action, String detail, String remoteAddress) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    AuditEntry(Instant at, String actor, AuditAction action, AuditMessage message, String detail,
               String remoteAddress) {
        this(at, actor, action, detail, remoteAddress);
        this.messageCode = message.code();
        this.messageArgs = message.argumentsJson();
    }

    AuditRecord record() {
        AuditMessage message = null;
        if (messageCode != null) {
            try {
                message = AuditMessage.read(messageCode, messageArgs);
            } catch (RuntimeException unreadable) {
                // the technical line still says what happened
                message = null;
            }
        }
        return new AuditRecord(id, at, actor, action, detail, remoteAddress, message);
    }
}
