package org.tnracademy.core.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.packs.CoursePack;

/** Stores datasets and serves them page by page, so a grid never holds a whole dataset in memory. */
@Service
@Transactional(readOnly = true)
public class DatasetService {

    /** Rows read per query when a whole dataset is read back. */
    private static final int EXPORT_PAGE = 500;

    private static final int BATCH = 500;

    private final DatasetRepository datasets;
    private final DatasetItemRepository items;
    private final EntityManager em;

    DatasetService(DatasetRepository datasets, DatasetItemRepository items, EntityManager em) {
        this.datasets = datasets;
        this.items = items;
        this.em = em;
    }

    /** Part of a content import: runs inside the importer's transaction. */
    @Transactional
    public long store(CoursePack.Dataset dataset) {
        Dataset saved = datasets.save(new Dataset(dataset.name(), dataset.contentHash(), dataset.posts().size()));
        List<DatasetItem> batch = new ArrayList<>(BATCH);
        int position = 0;
        for (CoursePack.Post p : dataset.posts()) {
            batch.add(new DatasetItem(saved.id(), position++, p.id(), p.platform(), p.author(), p.lang(),
                    p.postedAt(), p.text()));
            if (batch.size() == BATCH) {
                items.saveAll(batch);
                em.flush();
                em.clear();
                batch.clear();
            }
        }
        items.saveAll(batch);
        return saved.id();
    }

    @PreAuthorize("isAuthenticated()")
    public List<DatasetRow> rows(long datasetId, DatasetQuery query, int offset, int limit) {
        String order = query.sort().isEmpty() ? "i.position"
                : query.sort().stream()
                        .map(s -> "i." + s.field().property + (s.ascending() ? " asc" : " desc"))
                        .collect(Collectors.joining(", ")) + ", i.position";
        TypedQuery<DatasetItem> q = em.createQuery(
                "select i from DatasetItem i where " + where(query) + " order by " + order, DatasetItem.class);
        bind(q, datasetId, query);
        if (!query.items().isEmpty()) {
            return inVariant(q.getResultList(), query, offset, limit);
        }
        q.setFirstResult(Math.max(0, offset));
        q.setMaxResults(Math.max(0, limit));
        return q.getResultList().stream().map(DatasetItem::row).toList();
    }

    /**
     * A page of a variant's items (already filtered and sorted by the database), each numbered by its
     * place in the variant as its learner meets it, in that order when no sort was asked. A variant
     * holds at most VariantPolicy.MAX_ITEMS items, so they are paged in memory.
     */
    private static List<DatasetRow> inVariant(List<DatasetItem> items, DatasetQuery query, int offset, int limit) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < query.items().size(); i++) {
            place.putIfAbsent(query.items().get(i), i);
        }
        List<DatasetRow> rows = new ArrayList<>(items.size());
        for (DatasetItem item : items) {
            DatasetRow r = item.row();
            rows.add(new DatasetRow(r.itemKey(), place.getOrDefault(r.itemKey(), Integer.MAX_VALUE), r.platform(),
                    r.author(), r.lang(), r.postedAt(), r.text()));
        }
        if (query.sort().isEmpty()) {
            rows.sort(Comparator.comparingInt(DatasetRow::position));
        } else if (query.sort().getFirst().field() == DatasetQuery.SortField.POSITION) {
            // the learner's numbers are the variant's, not the pool's
            Comparator<DatasetRow> byPlace = Comparator.comparingInt(DatasetRow::position);
            rows.sort(query.sort().getFirst().ascending() ? byPlace : byPlace.reversed());
        }
        int from = Math.min(rows.size(), Math.max(0, offset));
        return rows.subList(from, Math.min(rows.size(), from + Math.max(0, limit)));
    }

    @PreAuthorize("isAuthenticated()")
    public int count(long datasetId, DatasetQuery query) {
        TypedQuery<Long> q = em.createQuery("select count(i) from DatasetItem i where " + where(query), Long.class);
        bind(q, datasetId, query);
        return Math.toIntExact(q.getSingleResult());
    }

    /**
     * The languages its items are written in (their {@code lang} codes, sorted, blanks left out):
     * what a grid's language filter offers, so a dataset in Persian or Chinese can be filtered too.
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> languages(long datasetId) {
        return em.createQuery("select distinct i.lang from DatasetItem i where i.datasetId = :id and i.lang is not null"
                        + " and i.lang <> '' order by i.lang", String.class)
                .setParameter("id", datasetId).getResultList();
    }

    /**
     * A stored dataset read back whole in the pack's form, with the content hash an import gives
     * it: what a course export writes and what a draft is checked against. Read a page at a time.
     */
    @PreAuthorize("isAuthenticated()")
    public CoursePack.Dataset asPackDataset(long datasetId) {
        List<CoursePack.Post> posts = new ArrayList<>();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            List<DatasetRow> page = rows(datasetId, DatasetQuery.all(), offset, EXPORT_PAGE);
            for (DatasetRow r : page) {
                posts.add(new CoursePack.Post(r.itemKey(), r.platform(), r.author(), r.lang(), r.postedAt(), r.text()));
                digest.update((r.itemKey() + "\n" + r.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        return new CoursePack.Dataset(name(datasetId), posts, HexFormat.of().formatHex(digest.digest()));
    }

    /** The ids of all items, in dataset order. */
    public List<String> itemKeys(long datasetId) {
        return items.itemKeys(datasetId);
    }

    /** Number of items, for overviews. */
    public int size(long datasetId) {
        return datasets.findById(datasetId).map(Dataset::itemCount).orElse(0);
    }

    /** Numbers of items of several datasets, in one query, for outlines. */
    public Map<Long, Integer> sizes(Collection<Long> datasetIds) {
        if (datasetIds.isEmpty()) {
            return Map.of();
        }
        return datasets.findAllById(datasetIds).stream().collect(Collectors.toMap(Dataset::id, Dataset::itemCount));
    }

    /** True when the stored dataset has exactly these posts, in this order (its name may differ). */
    public boolean holds(long datasetId, CoursePack.Dataset dataset) {
        List<DatasetRow> stored = em.createQuery(
                "select i from DatasetItem i where i.datasetId = :datasetId order by i.position", DatasetItem.class)
                .setParameter("datasetId", datasetId).getResultList().stream().map(DatasetItem::row).toList();
        if (stored.size() != dataset.posts().size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            DatasetRow r = stored.get(i);
            CoursePack.Post p = dataset.posts().get(i);
            if (!r.itemKey().equals(p.id()) || !java.util.Objects.equals(r.platform(), p.platform())
                    || !java.util.Objects.equals(r.author(), p.author()) || !java.util.Objects.equals(r.lang(), p.lang())
                    || !java.util.Objects.equals(r.postedAt(), p.postedAt()) || !r.text().equals(p.text())) {
                return false;
            }
        }
        return true;
    }

    /** The path the dataset had in its pack (such as {@code datasets/posts.jsonl}), for exports. */
    public String name(long datasetId) {
        return datasets.findById(datasetId).map(Dataset::name)
                .orElseThrow(() -> new IllegalArgumentException("No dataset with id " + datasetId));
    }

    private static String where(DatasetQuery query) {
        StringBuilder w = new StringBuilder("i.datasetId = :datasetId");
        if (!query.items().isEmpty()) {
            w.append(" and i.itemKey in :items");
        }
        if (!query.text().isEmpty()) {
            w.append(" and (lower(i.body) like :text escape '\\' or lower(i.author) like :text escape '\\'")
                    .append(" or lower(i.platform) like :text escape '\\')");
        }
        if (!query.language().isEmpty()) {
            w.append(" and i.lang = :lang");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, long datasetId, DatasetQuery query) {
        q.setParameter("datasetId", datasetId);
        if (!query.items().isEmpty()) {
            q.setParameter("items", query.items());
        }
        if (!query.text().isEmpty()) {
            q.setParameter("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!query.language().isEmpty()) {
            q.setParameter("lang", query.language());
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
