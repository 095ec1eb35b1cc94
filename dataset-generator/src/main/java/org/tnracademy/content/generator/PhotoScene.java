package org.tnracademy.content.generator;

/**
 * What a synthetic photo shows, as its picture is drawn: the landmark straight ahead (null for
 * open sea), where the camera faced, the sun, and the language of the signs.
 *
 * @param facing          the bearing the camera faced, degrees from north clockwise
 * @param facingRecorded  whether the metadata gives it (ImageDirection): the picture then carries
 *                        a heading scale
 * @param sunAzimuth      the sun's bearing; shadows point the opposite way
 */
record PhotoScene(Gazetteer.Landmark landmark, int facing, boolean facingRecorded, double distanceKm,
                  double sunElevation, double sunAzimuth, Language signage) {

    double shadowBearing() {
        return (sunAzimuth + 180) % 360;
    }

    /** How high the landmark's top stands above the horizon, in degrees; 0 without a landmark. */
    double landmarkAngle() {
        return landmark == null ? 0
                : StrictMath.toDegrees(StrictMath.atan(landmark.heightMetres() / (distanceKm * 1000)));
    }
}
