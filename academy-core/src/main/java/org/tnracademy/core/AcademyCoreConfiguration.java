package org.tnracademy.core;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.account.BoundedPasswordEncoder;
import org.tnracademy.core.account.PasswordHashing;

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

    /**
     * Argon2id with the {id} prefix so the algorithm can change without a reset (earlier bcrypt
     * hashes verify and are upgraded at sign-in), hashing at most {@code academy.sign-in.hashing-permits}
     * passwords at once (default: one per core; docs/benchmarks.md says why), with at most
     * {@code academy.sign-in.hashing-line} sign-ins waiting behind them (default: a quarter of the
     * server's request threads, so that a burst of sign-ins always leaves the others to the pages).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${academy.sign-in.hashing-permits:0}") int permits,
                                    @Value("${academy.sign-in.hashing-max-wait:10s}") Duration maxWait,
                                    @Value("${academy.sign-in.hashing-line:0}") int line,
                                    @Value("${server.tomcat.threads.max:200}") int requestThreads,
                                    ObjectProvider<MeterRegistry> registry) {
        int bound = permits > 0 ? permits : Runtime.getRuntime().availableProcessors();
        int maxInLine = line > 0 ? line : Math.max(1, requestThreads / 4);
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(PasswordHashing.delegating(), bound,
                maxWait.toMillis(), maxInLine);
        Gauge.builder("academy.sign-in.hashing.waiting", encoder, BoundedPasswordEncoder::waiting)
                .description("Sign-ins waiting for their turn to check a password on this node")
                .register(registry.getIfAvailable(SimpleMeterRegistry::new));
        return encoder;
    }
}
