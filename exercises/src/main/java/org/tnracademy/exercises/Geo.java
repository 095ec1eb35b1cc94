package org.tnracademy.exercises;

/** Distances on the Earth, for geolocation answers. */
public final class Geo {

    /** The mean Earth radius (IUGG), in km; a sphere is accurate to about 0.5 %, far finer than any tolerance. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    /** Great-circle distance in km between two points given in decimal degrees, by the haversine formula. */
    public static double haversineKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = Math.toRadians(longitude2 - longitude1) / 2;
        double h = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        // min: rounding can push h a hair above 1 for antipodal points
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
