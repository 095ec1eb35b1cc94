package org.tnracademy.core.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedPackRepository extends JpaRepository<ImportedPack, Long> {

    boolean existsByPackIdAndContentHash(String packId, String contentHash);
}
