package org.tnracademy.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.tnracademy.core.AcademyCoreConfiguration;

/** The academy: the core's services behind Vaadin views, on one machine or many. */
@SpringBootApplication
@Import(AcademyCoreConfiguration.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "no-referrer")
public class AcademyApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(AcademyApplication.class, args);
    }
}
