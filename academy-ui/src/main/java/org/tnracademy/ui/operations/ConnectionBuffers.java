package org.tnracademy.ui.operations;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's buffers for the connections a learner keeps open: the page's push socket and its
 * keep-alive connection for the page's requests. Each connection has a read and a write buffer of
 * 8 KB ({@code socket.appReadBufSize}, {@code socket.appWriteBufSize}), and each push socket two
 * more of 8 KB for the messages the server sends on it; a heap dump of 100 learners on a page
 * showed about 33 KB a learner in them, where Tomcat's documentation advises smaller buffers for a
 * great many kept-alive connections. At 4 KB and 2 KB a longer message or response is written in
 * more pieces, nothing is cut: the browser puts a push message's frames back together. An
 * operator may set other sizes through {@code ACADEMY_CONNECTIONS_BUFFERBYTES} and the JVM's
 * {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionBuffers {

    /** Tomcat reads this system property once, when its WebSocket classes load. */
    static final String PUSH_WRITE_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String PUSH_WRITE_BUFFER_BYTES = "2048";
    static final String SOCKET_BUFFER_BYTES = "4096";

    static final String PROPERTY = "academy.connections.buffer-bytes";
    static final int MIN_BYTES = 1024;
    static final int MAX_BYTES = 65536;

    @Bean
    TomcatConnectorCustomizer smallerConnectionBuffers(@Value("${" + PROPERTY + ":" + SOCKET_BUFFER_BYTES + "}") String bytes) {
        int size = checked(bytes);
        return connector -> setBuffers(connector, size);
    }

    /** The size asked for, refused at start with the setting's name when it is no whole number in range. */
    static int checked(String bytes) {
        int size;
        try {
            size = Integer.parseInt(bytes.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(PROPERTY + " must be a whole number of bytes, not '" + bytes + "'");
        }
        if (size < MIN_BYTES || size > MAX_BYTES) {
            throw new IllegalArgumentException(PROPERTY + " must be from " + MIN_BYTES + " to " + MAX_BYTES
                    + " bytes, not " + size);
        }
        return size;
    }

    static void setBuffers(Connector connector, int bytes) {
        for (String property : new String[] {"socket.appReadBufSize", "socket.appWriteBufSize"}) {
            // a Tomcat that no longer knows the setting says so at start, rather than keeping its 8 KB quietly
            if (!connector.setProperty(property, String.valueOf(bytes))) {
                throw new IllegalStateException("Tomcat's connector does not take " + property);
            }
        }
    }

    /**
     * Sets the push socket's write buffers, unless the JVM was given a size: called first thing in
     * {@code main}, before Tomcat's WebSocket classes load and read it.
     */
    public static void beforeTomcatStarts() {
        if (System.getProperty(PUSH_WRITE_BUFFER) == null) {
            System.setProperty(PUSH_WRITE_BUFFER, PUSH_WRITE_BUFFER_BYTES);
        }
    }
}
