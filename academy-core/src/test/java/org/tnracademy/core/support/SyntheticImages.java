package org.tnracademy.core.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Small pictures drawn from a seed for tests: coloured blocks, never a photo of anything real. */
public final class SyntheticImages {

    private SyntheticImages() {
    }

    /** A PNG of coloured blocks; another seed gives other colours, so other bytes. */
    public static byte[] png(int width, int height, long seed) {
        return encode(draw(width, height, seed), "png");
    }

    public static byte[] jpeg(int width, int height, long seed) {
        return encode(draw(width, height, seed), "jpg");
    }

    private static BufferedImage draw(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += 8) {
            for (int x = 0; x < width; x += 8) {
                g.setColor(new Color(random.nextInt(0x1000000)));
                g.fillRect(x, y, 8, 8);
            }
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
