package org.tnracademy.core.media;

/** A picture to send: its bytes, media type and hash (the HTTP entity tag). */
public record ImageFile(String mediaType, String sha256, byte[] bytes) {

    public ImageFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
