package org.tnracademy.core.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A synthetic dataset that exercises are worked over; immutable once stored. */
@Entity
@Table(name = "dataset")
class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dataset_seq")
    @SequenceGenerator(name = "dataset_seq", sequenceName = "dataset_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    protected Dataset() {
    }

    Dataset(String name, String contentHash, int itemCount) {
        this.name = name;
        this.contentHash = contentHash;
        this.itemCount = itemCount;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    int itemCount() {
        return itemCount;
    }
}
