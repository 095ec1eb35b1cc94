package org.tnracademy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.junit.jupiter.api.Test;

class KnownRolePrefixNavigationAccessControlTest {

    private final VaadinRequest request = mock(VaadinRequest.class);

    @Test
    void onceThePrefixIsKnownRolesAreTheRequestsOwnWithoutAnyLookup() {
        Predicate<String> roles = control(new VaadinRolePrefixHolder("ROLE_")).getRolesChecker(request);
        when(request.isUserInRole("INSTRUCTOR")).thenReturn(true);

        assertThat(roles.test("INSTRUCTOR")).isTrue();
        assertThat(roles.test("ADMIN")).isFalse();
        verify(request, never()).getService();
    }

    @Test
    void whileThePrefixIsUnknownVaadinLooksItUp() {
        VaadinRolePrefixHolder unset = new VaadinRolePrefixHolder(null);

        Predicate<String> roles = control(unset).getRolesChecker(request);
        when(request.isUserInRole("LEARNER")).thenReturn(true);

        assertThat(unset.isSet()).isFalse();
        assertThat(roles.test("LEARNER")).isTrue();
        verify(request).getService();
    }

    @Test
    void aRequestOverThePushConnectionGoesThroughVaadinsOwnCheck() {
        when(request.getParameter("v-r")).thenReturn("push");

        control(new VaadinRolePrefixHolder("ROLE_")).getRolesChecker(request);

        verify(request).getService();
    }

    private static KnownRolePrefixNavigationAccessControl control(VaadinRolePrefixHolder prefix) {
        return new KnownRolePrefixNavigationAccessControl(List.of(), new DefaultAccessCheckDecisionResolver(), prefix);
    }
}
