package org.tnracademy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.util.ReflectionTestUtils;

@SpringBootTest
class NavigationAccessConfigurationTest {

    @Autowired
    NavigationAccessControl accessControl;
    @Autowired
    NavigationAccessControlInitializer initializer;

    @Test
    void everyNavigationIsGuardedByTheAcademysControlWithVaadinsAnnotationChecks() {
        assertThat(accessControl).isInstanceOf(KnownRolePrefixNavigationAccessControl.class);
        assertThat(accessControl.isEnabled()).isTrue();
        assertThat(accessControl.hasAccessChecker(AnnotatedViewAccessChecker.class)).isTrue();
        // the listener Vaadin adds to every UI is this one, with the sign-in view the security configuration set on it
        assertThat(ReflectionTestUtils.getField(initializer, "accessControl")).isSameAs(accessControl);
        assertThat(ReflectionTestUtils.getField(accessControl, "loginView")).isNull();
        assertThat(ReflectionTestUtils.getField(accessControl, "loginUrl")).isEqualTo(SecurityConfiguration.SIGN_IN_PAGE);
    }
}
