/**
 * Datasets and answer keys an instructor uploads in the studio: CSV, JSON Lines and STIX 2.1
 * bundles read into dataset items with every problem named by line and field, and key files (YAML,
 * or CSV for item-labelling) checked by their exercise type. Parsing is pure; {@link
 * org.tnracademy.core.studio.upload.DatasetUploads} and {@link org.tnracademy.core.studio.upload.KeyUploads}
 * are the services views call.
 */
package org.tnracademy.core.studio.upload;
