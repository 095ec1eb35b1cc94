package org.tnracademy.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

class CertificateQrCodeTest {

    @Test
    void theCodeScansBackToTheVerificationAddress() throws Exception {
        String address = "https://academy.example/verify/ABCDE-FGHIJ-KLMNO-PQRS7";
        BitMatrix m = CertificateQrCode.modules(address);
        assertThat(m.getWidth()).as("with a quiet zone of four modules each side").isGreaterThan(21 + 8);

        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels(m, 4)))).getText())
                .isEqualTo(address);
    }

    /** The modules as a grey-scale picture, each module {@code scale} pixels wide, as a camera would see them. */
    private static LuminanceSource pixels(BitMatrix m, int scale) {
        int side = m.getWidth() * scale;
        byte[] grey = new byte[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                grey[y * side + x] = m.get(x / scale, y / scale) ? 0 : (byte) 255;
            }
        }
        return new LuminanceSource(side, side) {
            @Override
            public byte[] getRow(int y, byte[] row) {
                byte[] out = row != null && row.length >= side ? row : new byte[side];
                System.arraycopy(grey, y * side, out, 0, side);
                return out;
            }

            @Override
            public byte[] getMatrix() {
                return grey;
            }
        };
    }
}
