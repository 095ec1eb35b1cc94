package org.tnracademy.ui.security;

import java.util.List;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The navigation guard every profile uses (local accounts and Keycloak): Vaadin's, built by Vaadin's
 * configurer from the same checkers, with the role prefix read once. Primary, so every user of the
 * guard in Vaadin takes this one: the initializer that adds it to each UI, the security configurer
 * (which sets the sign-in view on it) and {@code RequestUtil} (whose filter-chain check of anonymous
 * routes asks it). Vaadin's own bean has no condition to leave it out, and stays unused.
 */
@Configuration
class NavigationAccessConfiguration {

    @Bean
    @Primary
    NavigationAccessControl academyNavigationAccessControl(List<NavigationAccessChecker> checkers,
                                                           NavigationAccessControlConfigurer configurer,
                                                           VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((all, resolver) -> new KnownRolePrefixNavigationAccessControl(all, resolver, rolePrefix),
                checkers);
    }
}
