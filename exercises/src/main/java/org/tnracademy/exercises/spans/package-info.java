/**
 * Span extraction: an analyst marks the personal data a doxing post exposes, as character spans
 * with a category; graded by span-level F1 with overlap matching (exact matching reported too).
 */
package org.tnracademy.exercises.spans;
