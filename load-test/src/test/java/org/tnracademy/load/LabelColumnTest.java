package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LabelColumnTest {

    /** What the server asks the page to run when the labelling grid is shown: two renderers, then rows. */
    private static final String EXECUTED = """
            [[{"@v-node":40},"<div class=\\"academy-stacked\\">${item.details}</div>",{"@v-return":[40,3]},[],
              "lr_1111aaaa_","ROOT","window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4)"],
             [{"@v-node":41},"<vaadin-select id=\\"label-${item.key}\\" .items=\\"${[{\\"label\\":\\"Unlabelled\\",\\"value\\":\\"\\"},{\\"label\\":\\"Phishing\\",\\"value\\":\\"phishing\\"},{\\"label\\":\\"Legitimate\\",\\"value\\":\\"legitimate\\"}]}\\" .value=\\"${item.label}\\"></vaadin-select>",
              {"@v-return":[41,7]},["pick"],"lr_2222bbbb_","ROOT","window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4)"],
             [{"@v-node":30},0,[{"key":"1","lr_2222bbbb_key":"msg-001","lr_2222bbbb_label":"","lr_1111aaaa_text":"Hello"},
                                {"key":"2","lr_2222bbbb_key":"msg-002","lr_2222bbbb_label":"phishing"}],null,
              "return $0.$connector.set($1, $2, $3)"]]
            """;

    @Test
    void learnsTheLabelPickersRendererItsLabelsAndTheRowsReceived() {
        LabelColumn column = new LabelColumn();

        column.learn(List.of(VaadinConnection.JSON.readTree(EXECUTED)));

        assertThat(column.ready()).isTrue();
        assertThat(column.labels()).containsExactly("phishing", "legitimate");
        assertThat(column.items()).containsExactly("msg-001", "msg-002");
    }

    @Test
    void aPickGoesThroughTheLabelRenderersChannelWithTheRowsGridKey() {
        LabelColumn column = new LabelColumn();
        column.learn(List.of(VaadinConnection.JSON.readTree(EXECUTED)));

        JsonNode rpc = column.pickInvocation("msg-002", "legitimate");

        assertThat(rpc.toString()).isEqualTo(
                "{\"type\":\"channel\",\"node\":41,\"channel\":7,\"args\":[\"pick\",\"2\",[\"legitimate\"]]}");
    }

    @Test
    void withoutTheLabelRendererNothingIsReadyAndAPickOfAnUnknownRowIsRefused() {
        LabelColumn column = new LabelColumn();
        column.learn(List.of(VaadinConnection.JSON.readTree("""
                [[{"@v-node":40},"<div>${item.details}</div>",{"@v-return":[40,3]},[],"lr_1111aaaa_","ROOT",
                  "window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4)"]]
                """)));

        assertThat(column.ready()).isFalse();
        assertThatThrownBy(() -> column.pickInvocation("msg-001", "phishing"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("msg-001");
    }
}
