package org.tnracademy.core.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

/** The history of imports: which content of which pack arrived when. */
interface ImportedPackRepository extends JpaRepository<ImportedPack, Long> {
}
