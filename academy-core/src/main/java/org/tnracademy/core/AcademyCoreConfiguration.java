package org.tnracademy.core;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Entry point of the core: registers this package for entity and repository scanning and turns
 * on method security, so every service call is checked the same way whether it comes from a view
 * or from anywhere else.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ComponentScan
@EnableMethodSecurity
public class AcademyCoreConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can change without a reset
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
