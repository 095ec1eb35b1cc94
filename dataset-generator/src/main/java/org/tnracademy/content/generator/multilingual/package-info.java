/**
 * Synthetic posts in languages analysts meet in transnational repression cases beyond the G7
 * (Chinese, Russian, Persian, Arabic, Turkish), each with an English working translation, and the
 * starter pack's {@code label-multilingual-posts} exercise written from them, its learner-facing
 * texts in the academy's five languages.
 */
package org.tnracademy.content.generator.multilingual;
