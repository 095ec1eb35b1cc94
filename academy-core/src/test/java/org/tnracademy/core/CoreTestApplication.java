package org.tnracademy.core;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The core alone, as the UI module runs it, for the core's own Spring tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(AcademyCoreConfiguration.class)
public class CoreTestApplication {
}
