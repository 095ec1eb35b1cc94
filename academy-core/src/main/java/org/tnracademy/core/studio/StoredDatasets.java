package org.tnracademy.core.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.packs.CoursePack;

/** Stored datasets read back in the pack's form, so that drafts are checked as a pack import checks them. */
final class StoredDatasets {

    /** Rows read per query. */
    private static final int PAGE = 500;

    private StoredDatasets() {
    }

    /** A stored dataset as the pack's dataset, as the course snapshot reads one. */
    static CoursePack.Dataset asPackDataset(DatasetService datasets, long datasetId) {
        String name;
        try {
            name = datasets.name(datasetId);
        } catch (IllegalArgumentException unknown) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.UNKNOWN_DATASET,
                    "dataset: no dataset with id " + datasetId);
        }
        List<CoursePack.Post> posts = new ArrayList<>();
        MessageDigest digest = sha256();
        for (int offset = 0; ; offset += PAGE) {
            List<DatasetRow> page = datasets.rows(datasetId, DatasetQuery.all(), offset, PAGE);
            for (DatasetRow r : page) {
                posts.add(new CoursePack.Post(r.itemKey(), r.platform(), r.author(), r.lang(), r.postedAt(), r.text()));
                digest.update((r.itemKey() + "\n" + r.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new CoursePack.Dataset(name, posts, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
