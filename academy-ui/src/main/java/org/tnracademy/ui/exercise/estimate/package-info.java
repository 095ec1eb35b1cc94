/**
 * Where a learner places an image (latitude and longitude in decimal degrees, and on the
 * exercise's own basemap when the spec gives one) or estimates a value, and the feedback with
 * each error, tolerance and credit. The map fetches no tiles: the academy runs in closed networks,
 * so the basemap is a picture of the course's pack, served by the academy.
 */
package org.tnracademy.ui.exercise.estimate;
