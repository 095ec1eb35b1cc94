/**
 * Item labelling: an analyst labels each post of a dataset; scored by the rule the spec names
 * (accuracy by default, macro-F1 over the key's labels, or micro-F1).
 */
package org.tnracademy.exercises.labelling;
