/** Content packs as files: reading and validating them before anything is imported. */
package org.tnracademy.core.packs;
