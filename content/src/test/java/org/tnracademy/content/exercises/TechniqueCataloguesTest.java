package org.tnracademy.content.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The technique-tagging exercises name real public techniques: each catalogue entry's id, tactic
 * and English name are those of the DISARM Red framework or MITRE ATT&CK for Mobile, as listed
 * here from the frameworks' published matrices, so that a typo or an invented id cannot slip in.
 */
class TechniqueCataloguesTest {

    /** id -> {tactic id, public name}, for the techniques the pack uses. */
    private static final Map<String, List<String>> PUBLIC_TECHNIQUES = Map.ofEntries(
            // DISARM Red framework
            Map.entry("T0085", List.of("TA06", "Develop Text-Based Content")),
            Map.entry("T0086.002", List.of("TA06", "Develop AI-Generated Images (Deepfakes)")),
            Map.entry("T0087", List.of("TA06", "Develop Video-Based Content")),
            Map.entry("T0084.001", List.of("TA06", "Use Copypasta")),
            Map.entry("T0090", List.of("TA15", "Create Inauthentic Accounts")),
            Map.entry("T0049", List.of("TA17", "Flood Information Space")),
            Map.entry("T0119", List.of("TA17", "Cross-Posting")),
            Map.entry("T0017", List.of("TA10", "Conduct Fundraising")),
            Map.entry("T0124.001", List.of("TA18", "Report Non-Violative Opposing Content")),
            Map.entry("T0048.004", List.of("TA18", "Dox")),
            // MITRE ATT&CK for Mobile
            Map.entry("T1660", List.of("TA0027", "Phishing")),
            Map.entry("T1456", List.of("TA0027", "Drive-By Compromise")),
            Map.entry("T1404", List.of("TA0029", "Exploitation for Privilege Escalation")),
            Map.entry("T1409", List.of("TA0035", "Stored Application Data")),
            Map.entry("T1429", List.of("TA0035", "Audio Capture")),
            Map.entry("T1430", List.of("TA0035", "Location Tracking")),
            Map.entry("T1512", List.of("TA0035", "Video Capture")),
            Map.entry("T1417.001", List.of("TA0035", "Input Capture: Keylogging")),
            Map.entry("T1636.003", List.of("TA0035", "Protected User Data: Contact List")),
            Map.entry("T1646", List.of("TA0036", "Exfiltration Over C2 Channel")),
            Map.entry("T1630.002", List.of("TA0030", "Indicator Removal on Host: File Deletion")),
            Map.entry("T1642", List.of("TA0034", "Endpoint Denial of Service")));

    @Test
    void everyCatalogueEntryIsAPublicTechniqueWithItsPublicName() {
        List<PackExercise> tagging = PackExercise.all().stream().filter(e -> e.type().equals("technique-tagging")).toList();
        assertThat(tagging).as("technique-tagging exercises in the pack").hasSizeGreaterThanOrEqualTo(2);
        for (PackExercise exercise : tagging) {
            for (Map<String, Object> technique : PackTrees.list(exercise.spec(), "catalogue")) {
                String id = (String) technique.get("id");
                assertThat(PUBLIC_TECHNIQUES).as("%s: %s is not a technique this test knows; add it with its public name",
                        exercise, id).containsKey(id);
                @SuppressWarnings("unchecked")
                Map<String, String> name = (Map<String, String>) technique.get("name");
                assertThat(List.of(technique.get("tactic"), name.get("en"))).as("%s: tactic and name of %s", exercise, id)
                        .isEqualTo(PUBLIC_TECHNIQUES.get(id));
            }
        }
    }

    @Test
    void bothFrameworksAreTrained() {
        List<String> ids = PackExercise.all().stream().filter(e -> e.type().equals("technique-tagging"))
                .flatMap(e -> PackTrees.list(e.key(), "techniques").stream()).map(t -> (String) t.get("id"))
                .toList();
        assertThat(ids).as("DISARM techniques in keys").anyMatch(id -> id.matches("T0\\d{3}(\\.\\d{3})?"));
        assertThat(ids).as("ATT&CK for Mobile techniques in keys").anyMatch(id -> id.matches("T1\\d{3}(\\.\\d{3})?"));
    }
}
