/** The course catalogue: courses, modules, lessons, exercises, and importing them from packs. */
package org.tnracademy.core.catalog;
