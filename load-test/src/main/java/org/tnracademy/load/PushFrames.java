package org.tnracademy.load;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Atmosphere frames are {@code length|message}: cuts the websocket's text into whole messages. */
final class PushFrames implements WebSocket.Listener {

    private final StringBuilder buffer = new StringBuilder();
    private final Consumer<String> messages;

    PushFrames(Consumer<String> messages) {
        this.messages = messages;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        buffer.append(data);
        while (true) {
            int bar = buffer.indexOf("|");
            if (bar < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(buffer.substring(0, bar).trim());
            } catch (NumberFormatException notFramed) {
                buffer.setLength(0);
                break;
            }
            if (buffer.length() < bar + 1 + length) {
                break;
            }
            String message = buffer.substring(bar + 1, bar + 1 + length);
            buffer.delete(0, bar + 1 + length);
            messages.accept(message);
        }
        socket.request(1);
        return null;
    }
}
