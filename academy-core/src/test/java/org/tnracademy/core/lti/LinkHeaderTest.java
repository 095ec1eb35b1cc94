package org.tnracademy.core.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    @Test
    void theNextLinkIsFoundAmongOthersAsCanvasSendsThem() {
        String canvas = "<https://lms.example.org/api/memberships?page=1&per_page=10>; rel=\"current\","
                + "<https://lms.example.org/api/memberships?page=2&per_page=10>; rel=\"next\","
                + "<https://lms.example.org/api/memberships?page=1&per_page=10>; rel=\"first\","
                + "<https://lms.example.org/api/memberships?page=9&per_page=10>; rel=\"last\"";

        assertThat(LinkHeader.target(List.of(canvas), "next"))
                .contains("https://lms.example.org/api/memberships?page=2&per_page=10");
    }

    @Test
    void spacesBareValuesOtherParametersAndCaseAreAllowed() {
        assertThat(LinkHeader.target(List.of(" < /m?p=2 > ;title=\"a; b, c\" ;  REL = Next "), "next"))
                .contains("/m?p=2");
        assertThat(LinkHeader.target(List.of("<https://lms.example.org/m?p=3>; rel=\"last next\""), "next"))
                .contains("https://lms.example.org/m?p=3");
    }

    @Test
    void aLinkInALaterHeaderIsFound() {
        assertThat(LinkHeader.target(List.of("<https://lms.example.org/m?p=1>; rel=first",
                "<https://lms.example.org/m?p=2>; rel=next"), "next")).contains("https://lms.example.org/m?p=2");
    }

    @Test
    void onlyTheFirstRelOfALinkCounts() {
        assertThat(LinkHeader.target(List.of("<https://lms.example.org/m?p=1>; rel=prev; rel=next"), "next"))
                .isEmpty();
    }

    @Test
    void noNextLinkOrAMalformedOneGivesNone() {
        assertThat(LinkHeader.target(List.of(), "next")).isEmpty();
        assertThat(LinkHeader.target(List.of("<https://lms.example.org/m?p=1>; rel=\"prev\""), "next")).isEmpty();
        assertThat(LinkHeader.target(List.of("https://lms.example.org/m?p=2; rel=next"), "next")).isEmpty();
        assertThat(LinkHeader.target(List.of("<https://lms.example.org/m?p=2; rel=next"), "next")).isEmpty();
        assertThat(LinkHeader.target(List.of("<https://lms.example.org/m?p=2>; rel=\"next"), "next")).isEmpty();
        assertThat(LinkHeader.target(List.of("<>; rel=next"), "next")).isEmpty();
    }

    @Test
    void aLinkBeforeAMalformedOneStays() {
        assertThat(LinkHeader.target(List.of("<https://lms.example.org/m?p=2>; rel=next, garbage <x>; rel=next"),
                "next")).contains("https://lms.example.org/m?p=2");
    }
}
