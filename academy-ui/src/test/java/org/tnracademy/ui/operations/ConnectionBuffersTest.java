package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

/** Each kept-open connection gets 4 KB buffers, each push socket 2 KB write buffers, unless an operator chose. */
class ConnectionBuffersTest {

    @Test
    void theConnectorsReadAndWriteBuffersTakeTheChosenSize() {
        Connector connector = new Connector("HTTP/1.1");

        new ConnectionBuffers().smallerConnectionBuffers("4096").customize(connector);

        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("4096");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("4096");
    }

    @Test
    void aSizeThatIsNoNumberOrOutOfRangeIsRefusedByName() {
        assertThatThrownBy(() -> ConnectionBuffers.checked("4k"))
                .hasMessageContaining(ConnectionBuffers.PROPERTY).hasMessageContaining("'4k'");
        assertThatThrownBy(() -> ConnectionBuffers.checked("100"))
                .hasMessageContaining(ConnectionBuffers.PROPERTY).hasMessageContaining("1024 to 65536");
        assertThatThrownBy(() -> ConnectionBuffers.checked("1048576")).hasMessageContaining("not 1048576");
        assertThat(ConnectionBuffers.checked(" 8192 ")).isEqualTo(8192);
    }

    @Test
    void thePushSocketsWriteBufferIsSmallerUnlessTheJvmWasGivenOne() {
        SystemPropertyDefaults.assertSetUnlessChosen(ConnectionBuffers.PUSH_WRITE_BUFFER,
                ConnectionBuffers::beforeTomcatStarts, "2048", "16384");
    }
}
