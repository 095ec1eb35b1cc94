package org.tnracademy.core.dataset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One post of a dataset, as a learner sees it (never with its label). */
@Entity
@Table(name = "dataset_item")
class DatasetItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dataset_item_seq")
    @SequenceGenerator(name = "dataset_item_seq", sequenceName = "dataset_item_seq", allocationSize = 500)
    private Long id;

    @Column(name = "dataset_id", nullable = false)
    private long datasetId;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_key", nullable = false)
    private String itemKey;

    private String platform;
    private String author;
    private String lang;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(nullable = false)
    private String body;

    protected DatasetItem() {
    }

    DatasetItem(long datasetId, int position, String itemKey, String platform, String author, String lang,
                Instant postedAt, String body) {
        this.datasetId = datasetId;
        this.position = position;
        this.itemKey = itemKey;
        this.platform = platform;
        this.author = author;
        this.lang = lang;
        this.postedAt = postedAt;
        this.body = body;
    }

    DatasetRow row() {
        return new DatasetRow(itemKey, position, platform, author, lang, postedAt, body);
    }
}
