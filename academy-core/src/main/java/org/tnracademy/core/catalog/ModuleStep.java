package org.tnracademy.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import org.tnracademy.core.support.LocalizedTextConverter;
import org.tnracademy.exercises.LocalizedText;

/** What lessons and exercises share as steps of a module: where they stand and what they are called. */
@MappedSuperclass
abstract class ModuleStep {

    @Column(name = "module_id", nullable = false)
    long moduleId;

    @Column(nullable = false)
    String slug;

    @Column(nullable = false)
    int position;

    @Convert(converter = LocalizedTextConverter.class)
    @Column(nullable = false)
    LocalizedText title;

    /** No longer in the pack: kept for the learner work that points at it. */
    @Column(nullable = false)
    boolean retired;

    protected ModuleStep() {
    }

    ModuleStep(long moduleId, String slug, int position, LocalizedText title) {
        this.moduleId = moduleId;
        this.slug = slug;
        this.position = position;
        this.title = title;
    }
}
