package de.buki.assistant.documents;

import com.sun.jna.Pointer;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract through Tess4J's C-API mapping with one long-lived engine per thread: the model is loaded once, not per
 * page (Tess4J's {@code getWords} re-initialises on every call). Not thread-safe; use {@link #forCurrentThread()}.
 */
public final class TesseractOcr {
    public static final String DATAPATH = "/usr/share/tesseract-ocr/5/tessdata";
    private static final ThreadLocal<TesseractOcr> PER_THREAD = ThreadLocal.withInitial(() -> new TesseractOcr("deu"));
    private static final ThreadLocal<java.util.Map<String, TesseractOcr>> OTHERS = ThreadLocal.withInitial(java.util.HashMap::new);
    private static final int RIL_WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;
    private static final int RIL_TEXTLINE = ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;

    private final TessAPI api;
    private final TessBaseAPI handle;
    private TessBaseAPI osdHandle;

    TesseractOcr(String language) {
        try {
            api = TessAPI.INSTANCE;
            handle = api.TessBaseAPICreate();
        } catch (LinkageError e) {
            throw new OcrUnavailable("the Tesseract library (libtesseract) cannot be loaded");
        }
        String dataPath = System.getProperty("buki.tessdata", DATAPATH);
        if (api.TessBaseAPIInit3(handle, dataPath, language) != 0) {
            throw new OcrUnavailable("Tesseract language data '" + language + "' not found under " + dataPath);
        }
        api.TessBaseAPISetPageSegMode(handle, Integer.getInteger("buki.ocr.psm", ITessAPI.TessPageSegMode.PSM_AUTO));
    }

    public static TesseractOcr forCurrentThread() {
        return PER_THREAD.get();
    }

    /** This thread's engine for another model ("pol", "tur", "eng"), loaded on first use. */
    public static TesseractOcr forLanguage(String language) {
        return language.equals("deu") ? forCurrentThread() : OTHERS.get().computeIfAbsent(language, TesseractOcr::new);
    }

    /** Words of a grey image with Tesseract's own line grouping; boxes in the image's pixels. */
    public List<Word> read(BufferedImage grey, int dpi, int deadlineMillis) {
        return read(grey, dpi, deadlineMillis, Integer.getInteger("buki.ocr.psm", ITessAPI.TessPageSegMode.PSM_AUTO));
    }

    /** The same with an explicit page segmentation mode (PSM_SPARSE_TEXT finds text that layout analysis dropped). */
    public List<Word> read(BufferedImage grey, int dpi, int deadlineMillis, int pageSegMode) {
        api.TessBaseAPISetPageSegMode(handle, pageSegMode);
        setImage(handle, grey, dpi);
        ITessAPI.ETEXT_DESC monitor = api.TessMonitorCreate();
        try {
            api.TessMonitorSetDeadlineMSecs(monitor, Math.max(1, deadlineMillis));
            api.TessBaseAPIRecognize(handle, monitor);
            return words();
        } finally {
            api.TessMonitorDelete(monitor);
            api.TessBaseAPIClear(handle);
        }
    }

    /** How far the page content is turned counter-clockwise (0, 90, 180, 270) as Tesseract's OSD sees it, or 0 when unsure. */
    public int orientation(BufferedImage grey, int dpi) {
        if (osdHandle == null) {
            osdHandle = api.TessBaseAPICreate();
            if (api.TessBaseAPIInit2(osdHandle, DATAPATH, "osd", ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
                return 0;
            }
        }
        setImage(osdHandle, grey, dpi);
        IntBuffer degrees = IntBuffer.allocate(1);
        FloatBuffer degreesConf = FloatBuffer.allocate(1);
        FloatBuffer scriptConf = FloatBuffer.allocate(1);
        com.sun.jna.ptr.PointerByReference script = new com.sun.jna.ptr.PointerByReference();
        try {
            int ok = api.TessBaseAPIDetectOrientationScript(osdHandle, degrees, degreesConf, script, scriptConf);
            return ok == 1 && degreesConf.get(0) > 2.0f ? degrees.get(0) : 0;
        } finally {
            api.TessBaseAPIClear(osdHandle);
        }
    }

    private void setImage(TessBaseAPI target, BufferedImage grey, int dpi) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(w * h);
        buffer.put(pixels, 0, w * h).flip();
        api.TessBaseAPISetImage(target, buffer, w, h, 1, w);
        api.TessBaseAPISetSourceResolution(target, dpi);
    }

    private List<Word> words() {
        List<Word> out = new ArrayList<>();
        TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return out;
        }
        TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
        IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
        int line = -1;
        try {
            do {
                if (api.TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE) == 1) {
                    line++;
                }
                Pointer p = api.TessResultIteratorGetUTF8Text(ri, RIL_WORD);
                if (p == null) {
                    continue;
                }
                String text = p.getString(0, StandardCharsets.UTF_8.name()).strip();
                api.TessDeleteText(p);
                float conf = api.TessResultIteratorConfidence(ri, RIL_WORD);
                api.TessPageIteratorBoundingBox(pi, RIL_WORD, l, t, r, b);
                if (!text.isEmpty()) {
                    out.add(new Word(text, l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0),
                            Math.max(0, conf) / 100.0, Math.max(line, 0)));
                }
            } while (api.TessPageIteratorNext(pi, RIL_WORD) == 1);
        } finally {
            api.TessResultIteratorDelete(ri);
        }
        return out;
    }
}
