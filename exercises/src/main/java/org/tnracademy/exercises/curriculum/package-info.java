/**
 * The curriculum's words, defined once for every module: the forms of transnational repression,
 * course levels and content languages, each with the id packs store and the key of its name.
 */
package org.tnracademy.exercises.curriculum;
