package org.tnracademy.core.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.support.SignedIn;

/** A labelling key uploaded for a stored dataset is checked against that dataset's items. */
@SpringBootTest(classes = CoreTestApplication.class)
class KeyUploadsTest {

    static final Map<String, Object> SPEC = Map.of("labels", List.of(Map.of("id", "doxing"), Map.of("id", "benign")));

    @Autowired
    KeyUploads keys;
    @Autowired
    DatasetUploads datasets;
    @Autowired
    AccountProvisioning provisioning;

    long datasetId;

    @BeforeEach
    void storedDataset() {
        provisioning.ensure("keys-ines", "Ines", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as("keys-ines", Role.INSTRUCTOR);
        datasetId = datasets.store("two.csv", "id,text,synthetic\nk-1,one,true\nk-2,two,true\n"
                .getBytes(StandardCharsets.UTF_8)).datasetId();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aKeyCoveringTheStoredDatasetIsReturnedAsATree() {
        Map<String, Object> key = keys.read("item-labelling", "key.csv", csv("k-1", "k-2"), SPEC, datasetId);
        assertThat((List<?>) key.get("items")).hasSize(2);
    }

    @Test
    void aKeyForAnotherDatasetNamesTheItemsItLacksAndThoseItHasTooMany() {
        assertThatThrownBy(() -> keys.read("item-labelling", "key.csv", csv("k-1", "k-3"), SPEC, datasetId))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "key.csv:3: items[1].item: 'k-3' is not an item of the exercise's dataset",
                                "key.csv: items: dataset item 'k-2' has no key entry"));
    }

    @Test
    void learnersMayNotUploadKeys() {
        SignedIn.as("keys-lea", Role.LEARNER);
        assertThatThrownBy(() -> keys.read("item-labelling", "key.csv", csv("k-1", "k-2"), SPEC, datasetId))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] csv(String... items) {
        StringBuilder s = new StringBuilder("item,label,explanation_en\n");
        for (String item : items) {
            s.append(item).append(",doxing,Because.\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
