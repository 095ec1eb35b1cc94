package org.tnracademy.content.generator;

import java.util.Map;

/** One generated exercise of the curriculum, written by the package of its exercise type. */
public interface CurriculumExercise {

    /** The exercise type it is written for: its exercise file's {@code type:}. */
    String typeId();

    /** Its exercise file, key and (where the type reads one) dataset, as pack-relative path to content. */
    Map<String, String> files(long seed);
}
