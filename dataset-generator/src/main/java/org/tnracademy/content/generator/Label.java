package org.tnracademy.content.generator;

/** The labels of the item-labelling exercise, with the ids used in packs and answer keys. */
public enum Label {
    DOXING("doxing"),
    SEXUALIZED_SMEAR("sexualized-smear"),
    THREAT_TO_FAMILY("threat-to-family"),
    HARASSMENT("harassment"),
    BENIGN("benign");

    private final String id;

    Label(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
