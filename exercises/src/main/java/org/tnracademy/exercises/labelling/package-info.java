/** Item labelling: an analyst labels each post of a dataset; graded by macro-F1. */
package org.tnracademy.exercises.labelling;
