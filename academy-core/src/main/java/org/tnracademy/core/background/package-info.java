/**
 * Long content work (publishing a course, regrading an exercise) run off the request that asked
 * for it, with the asker's authority, one at a time per course.
 */
package org.tnracademy.core.background;
