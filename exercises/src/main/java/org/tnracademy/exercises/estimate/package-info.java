/**
 * Geolocation and numeric estimates: an analyst places an image on the map or estimates a value;
 * full credit within a tolerance, decaying to none at a zero-credit distance.
 */
package org.tnracademy.exercises.estimate;
