package org.tnracademy.exercises.shape;

import java.util.List;

/** Where the values of a reference come from; evaluated again whenever the trees change. */
@FunctionalInterface
public interface ReferenceSource {

    /** The ids a reference may take, in the order to offer them; never null. */
    List<String> values(ReferenceScope scope);
}
