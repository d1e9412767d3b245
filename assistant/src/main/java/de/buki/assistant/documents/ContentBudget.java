package de.buki.assistant.documents;

import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.io.InputStream;

/**
 * A page's drawing instructions are read before anything parses or renders them: a few kilobytes on the wire can
 * inflate to hundreds of megabytes of operators (a PDF content bomb) that would keep the one document worker busy
 * for minutes and fill the heap. Real pages, scans included, stay far below the limit.
 */
final class ContentBudget {
    static final long MAX_CONTENT_BYTES = 16L * 1024 * 1024;
    /** Nested graphics states (q without Q); PDF readers are only required to support 28 (ISO 32000-1, Annex C). */
    static final int MAX_NESTING = 256;

    private ContentBudget() {
    }

    /** Refuses the page when its decoded content streams exceed {@link #MAX_CONTENT_BYTES}; reads at most that much. */
    static void check(PDPage page, int number) throws DocumentProblem, IOException {
        try (InputStream in = page.getContents()) {
            if (in == null) {
                return;
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            Nesting nesting = new Nesting();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (nesting.exceeded(buffer, n)) {
                    throw new DocumentProblem("page " + number + " is too complex to read (graphics nested more than "
                            + MAX_NESTING + " levels deep)");
                }
                if (total > MAX_CONTENT_BYTES) {
                    throw new DocumentProblem("page " + number + " is too complex to read (more than "
                            + MAX_CONTENT_BYTES / (1024 * 1024) + " MB of drawing instructions)");
                }
            }
        }
    }

    /** Depth of q/Q operators standing alone between white space, tracked across buffers. */
    private static final class Nesting {
        private int depth;
        private int prev = ' ';
        private int pending;

        boolean exceeded(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xFF;
                if (pending != 0 && space(c)) {
                    depth = pending == 'q' ? depth + 1 : Math.max(0, depth - 1);
                    if (depth > MAX_NESTING) {
                        return true;
                    }
                }
                pending = (c == 'q' || c == 'Q') && space(prev) ? c : 0;
                prev = c;
            }
            return false;
        }

        private static boolean space(int c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
        }
    }
}
