package org.tnracademy.ui;

import java.util.Arrays;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.tnracademy.ui.operations.ConnectionBuffers;
import org.tnracademy.ui.operations.H2ObjectCache;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.tnracademy.core.AcademyCoreConfiguration;
import org.tnracademy.core.packs.PackValidatorCommand;

/**
 * The academy: the core's services behind Vaadin views, on one machine or many. Server push
 * brings a result graded in the background to the page as soon as it is in: over a WebSocket
 * from the server, with the page's own requests kept on plain HTTP (the session, CSRF and
 * request-size checks stay as they are for every request a browser sends).
 */
@SpringBootApplication
@Import(AcademyCoreConfiguration.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "referrer", content = "no-referrer")
@Push(transport = Transport.WEBSOCKET_XHR)
public class AcademyApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate-pack")) {
            // authors check a pack without starting the academy
            System.exit(PackValidatorCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        ConnectionBuffers.beforeTomcatStarts();
        H2ObjectCache.offUnlessSet();
        SpringApplication.run(AcademyApplication.class, args);
    }
}
