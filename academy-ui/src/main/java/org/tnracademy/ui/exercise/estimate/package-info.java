/**
 * Where a learner places an image (latitude and longitude in decimal degrees) or estimates a
 * value, and the feedback with each error, tolerance and credit. No map: the academy runs in
 * closed networks where no map tiles can be fetched.
 */
package org.tnracademy.ui.exercise.estimate;
