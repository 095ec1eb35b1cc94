package org.tnracademy.core.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A local account: who signs in, with which password hash and roles. */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The identity provider vouching for this account (issuer URI), null for a local account. */
    @Column(name = "external_issuer")
    private String externalIssuer;

    /** The provider's stable id of the person ({@code sub}), null for a local account. */
    @Column(name = "external_subject")
    private String externalSubject;

    /** Made by a provider sign-in before issuer and subject were recorded: the next one of its name claims it. */
    @Column(name = "external_unclaimed", nullable = false)
    private boolean externalUnclaimed;

    @Version
    private long version;

    /** ISO 639 code of the interface language last chosen; null until a choice. */
    @Column(name = "interface_language")
    private String interfaceLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    String interfaceLanguage() {
        return interfaceLanguage;
    }

    void chooseInterfaceLanguage(String language) {
        interfaceLanguage = language;
    }

    void changePasswordHash(String hash) {
        passwordHash = hash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Marks the account as this provider identity's own (made for it, or an unclaimed one it claims). */
    void linkTo(String issuer, String subject) {
        externalIssuer = issuer;
        externalSubject = subject;
        externalUnclaimed = false;
    }

    boolean externalUnclaimed() {
        return externalUnclaimed;
    }

    AccountSummary summary() {
        return new AccountSummary(id, username, displayName, roles(), enabled);
    }
}
