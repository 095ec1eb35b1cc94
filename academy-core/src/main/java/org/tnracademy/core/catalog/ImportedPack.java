package org.tnracademy.core.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Record that a pack with this exact content was imported; its unique key makes imports run once. */
@Entity
@Table(name = "content_pack")
class ImportedPack {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_pack_seq")
    @SequenceGenerator(name = "content_pack_seq", sequenceName = "content_pack_seq", allocationSize = 50)
    Long id;

    @Column(name = "pack_id", nullable = false)
    String packId;

    @Column(name = "content_hash", nullable = false)
    String contentHash;

    @Column(name = "imported_at", nullable = false)
    Instant importedAt;

    protected ImportedPack() {
    }

    ImportedPack(String packId, String contentHash, Instant importedAt) {
        this.packId = packId;
        this.contentHash = contentHash;
        this.importedAt = importedAt;
    }
}
