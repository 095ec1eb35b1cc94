package org.tnracademy.exercises.estimate;

import java.util.List;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;

/**
 * The map location answers are placed on: a picture of the pack drawn in Web Mercator over the
 * bounds it covers, so that it lines up with latitudes and longitudes without any tile server.
 *
 * @param basemap the picture's path in the pack, from the pack's root
 * @param alt     what the map shows, for readers who cannot see it
 */
public record MapArea(String basemap, LocalizedText alt, double south, double west, double north, double east) {

    /** The problems of the bounds: each within its range and the area not empty. */
    void check(String at, List<SpecProblem> problems) {
        latitude(south, at + ".south", problems);
        latitude(north, at + ".north", problems);
        longitude(west, at + ".west", problems);
        longitude(east, at + ".east", problems);
        if (Double.isFinite(south) && Double.isFinite(north) && south >= north) {
            problems.add(SpecProblem.of(at + ".north", north + " must be north of south (" + south + ")",
                    EstimateProblem.NORTH_OF_SOUTH, north, south));
        }
        if (Double.isFinite(west) && Double.isFinite(east) && west >= east) {
            problems.add(SpecProblem.of(at + ".east", east + " must be east of west (" + west + ")",
                    EstimateProblem.EAST_OF_WEST, east, west));
        }
    }

    /** Whether the point lies on the map. */
    public boolean covers(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }

    private static void latitude(double value, String at, List<SpecProblem> problems) {
        // Web Mercator stops short of the poles
        if (!Double.isFinite(value) || Math.abs(value) > 85) {
            problems.add(SpecProblem.of(at, value + " must be a latitude from -85 to 85",
                    CheckProblem.BETWEEN, value, -85, 85));
        }
    }

    private static void longitude(double value, String at, List<SpecProblem> problems) {
        if (!Double.isFinite(value) || Math.abs(value) > 180) {
            problems.add(SpecProblem.of(at, value + " must be a longitude from -180 to 180",
                    CheckProblem.BETWEEN, value, -180, 180));
        }
    }
}
