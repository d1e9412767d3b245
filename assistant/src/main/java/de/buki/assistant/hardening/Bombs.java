package de.buki.assistant.hardening;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files that are small on the wire and enormous once decoded (deflate ratio above 1000, 60,000 × 60,000 px headers). */
final class Bombs {
    static final int HUGE = 60_000;

    private Bombs() {
    }

    /** A zip with one entry of {@code megabytes} MB of zeros (ratio about 1000:1). */
    static byte[] zip(int megabytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("lohn.pdf"));
            writeRepeated(zip, (byte) 0, megabytes);
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip holding the same bomb ten times (nested decompression). */
    static byte[] nestedZip(byte[] inner) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 10; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".zip"));
                zip.write(inner);
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF whose content stream inflates to {@code megabytes} MB of the repeated {@code pattern}. */
    static byte[] pdfContent(String pattern, int megabytes) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] chunk = pattern.repeat(65536 / pattern.length()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                long total = (long) megabytes << 20;
                for (long n = 0; n < total; n += chunk.length) {
                    out.write(chunk);
                }
            }
            page.setContents(new PDStream(stream));
            return SeedDocuments.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid PNG header claiming 60,000 × 60,000 grey pixels, followed by a deflated run of zeros. */
    static byte[] png() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(HUGE).putInt(HUGE).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, new Deflater(9))) {
            writeRepeated(z, (byte) 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Mutations.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                chunk("IHDR", ihdr.array()), chunk("IDAT", data.toByteArray()), chunk("IEND", new byte[0]));
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue()).array();
    }

    /** A real JPEG whose frame header (SOF) is patched to 60,000 × 60,000. */
    static byte[] jpeg(byte[] seed) {
        byte[] b = seed.clone();
        for (int i = 0; i + 8 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && ((b[i + 1] & 0xFF) == 0xC0 || (b[i + 1] & 0xFF) == 0xC2)) {
                b[i + 5] = (byte) (HUGE >> 8);
                b[i + 6] = (byte) HUGE;
                b[i + 7] = (byte) (HUGE >> 8);
                b[i + 8] = (byte) HUGE;
                return b;
            }
        }
        throw new IllegalStateException("seed JPEG has no frame header");
    }

    /** A GIF whose screen and image descriptor claim 60,000 × 60,000. */
    static byte[] gif() {
        byte lo = (byte) (HUGE & 0xFF);
        byte hi = (byte) (HUGE >> 8);
        return new byte[] {'G', 'I', 'F', '8', '9', 'a', lo, hi, lo, hi, 0, 0, 0,
                ',', 0, 0, 0, 0, lo, hi, lo, hi, 0, 2, 2, 0x4C, 1, 0, ';'};
    }

    static void writeRepeated(OutputStream out, byte value, int megabytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, value);
        for (int i = 0; i < megabytes; i++) {
            out.write(chunk);
        }
    }
}
