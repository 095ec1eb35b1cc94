/**
 * The deterministic generator of the synthetic datasets shipped in the content packs.
 *
 * <p>Every person, handle, phone number, address and domain it writes is invented and marked as
 * synthetic; the same seed and size always give the same bytes, on any machine, locale, time zone
 * or JDK. Entry point: {@link org.tnracademy.content.generator.GenerateDatasets}.
 */
package org.tnracademy.content.generator;
