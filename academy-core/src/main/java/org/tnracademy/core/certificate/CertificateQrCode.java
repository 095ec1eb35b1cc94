package org.tnracademy.core.certificate;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A QR code drawn into a PDF as vector squares (sharp at any print size, no image library): the
 * certificate's verification address, so a phone camera opens its public verification page.
 */
final class CertificateQrCode {

    private CertificateQrCode() {
    }

    /** The code's modules, dark where true, with the quiet zone a scanner needs. */
    static BitMatrix modules(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /** Draws the code as a square of {@code size} points with its lower left corner at (x, y). */
    static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix m = modules(text);
        float module = size / m.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    // PDF's y axis points up, the matrix's rows go down
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
