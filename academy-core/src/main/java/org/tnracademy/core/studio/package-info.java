/**
 * The instructors' studio: exporting a course as a content pack and importing an uploaded one,
 * lesson drafts with optimistic locking, course structure (new courses, modules and lessons, item
 * order, retiring), and publishing drafts as a new course version.
 */
package org.tnracademy.core.studio;
