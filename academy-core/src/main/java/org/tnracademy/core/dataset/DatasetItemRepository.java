package org.tnracademy.core.dataset;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DatasetItemRepository extends JpaRepository<DatasetItem, Long> {

    @Query("select i.itemKey from DatasetItem i where i.datasetId = :datasetId order by i.position")
    List<String> itemKeys(long datasetId);
}
