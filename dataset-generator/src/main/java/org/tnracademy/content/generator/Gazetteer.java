package org.tnracademy.content.generator;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * The invented archipelago of Marrowen, in open ocean in the South Atlantic (no real place lies at
 * these coordinates): English is spoken on Harrow island, French on Île Castelbrune. Exercises give
 * learners this gazetteer; the photos are placed from it.
 */
public final class Gazetteer {

    public record Landmark(String id, LocalizedText name, double latitude, double longitude, int heightMetres, Language signage,
                    String kind) {
    }

    public static final List<Landmark> LANDMARKS = List.of(
            new Landmark("saltmarrow-light", Texts.of("Saltmarrow lighthouse", "phare de Saltmarrow",
                    "Leuchtturm Saltmarrow", "faro di Saltmarrow", "Saltmarrow灯台"),
                    -41.612, -24.318, 48, Language.EN, "lighthouse"),
            new Landmark("castelbrune-light", Texts.of("Castelbrune lighthouse", "phare de Castelbrune",
                    "Leuchtturm Castelbrune", "faro di Castelbrune", "Castelbrune灯台"),
                    -42.447, -25.102, 52, Language.FR, "lighthouse"),
            new Landmark("fennick-tower", Texts.of("Fennick Vale water tower", "château d'eau de Fennick Vale",
                    "Wasserturm Fennick Vale", "serbatoio pensile di Fennick Vale", "Fennick Vale給水塔"),
                    -41.905, -23.887, 36, Language.EN, "tower"),
            new Landmark("vireloup-tower", Texts.of("Vireloup water tower", "château d'eau de Vireloup",
                    "Wasserturm Vireloup", "serbatoio pensile di Vireloup", "Vireloup給水塔"),
                    -42.731, -24.655, 30, Language.FR, "tower"),
            new Landmark("brackenhollow-mast", Texts.of("Brackenhollow radio mast", "mât radio de Brackenhollow",
                    "Funkmast Brackenhollow", "traliccio radio di Brackenhollow", "Brackenhollow無線塔"),
                    -41.774, -24.950, 120, Language.EN, "mast"),
            new Landmark("ondrelle-belfry", Texts.of("Saint-Ondrelle belfry", "clocher de Saint-Ondrelle",
                    "Glockenturm Saint-Ondrelle", "campanile di Saint-Ondrelle", "Saint-Ondrelle鐘楼"),
                    -42.580, -25.480, 44, Language.FR, "belfry"));

    /** The same landmark kind in the other language's island: the look-alike that signage rules out. */
    static Landmark twin(Landmark l) {
        return LANDMARKS.stream().filter(o -> o.kind().equals(l.kind()) && o != l).findFirst().orElse(null);
    }

    private Gazetteer() {
    }
}
