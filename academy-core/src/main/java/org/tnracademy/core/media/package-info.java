/**
 * Pictures of a course's lessons: uploaded in the studio or brought by a content pack, stored by
 * course, pack path and SHA-256, served by hash, and published with the course.
 */
package org.tnracademy.core.media;
