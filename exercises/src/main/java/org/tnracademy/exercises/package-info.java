/**
 * Exercise types and their pure graders, one package per type, with the small contract they share:
 * localized text, metrics, and the exceptions that name every problem of a spec or an answer.
 * Plain Java: no framework, no I/O; the core module parses files and builds these objects.
 */
package org.tnracademy.exercises;
