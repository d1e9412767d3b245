package de.buki.assistant.documents;

import de.buki.assistant.extraction.DocumentExtractor;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;

/**
 * One upload → one {@link ExtractedDocument}: read (with limits), classify, extract. Runs on its own worker thread
 * with a wall-clock limit, so a decompression bomb or a pathological page cannot hold the caller; a bad file always
 * ends as an entry with a specific error, never an exception.
 */
public final class DocumentExtraction implements AutoCloseable {
    private final DocumentLimits limits;
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final ExecutorService workers;

    /** {@code workers} documents are read at the same time (each worker keeps its own Tesseract engine). */
    public DocumentExtraction(DocumentLimits limits, int workers) {
        this.limits = limits;
        this.workers = Executors.newFixedThreadPool(Math.max(1, workers), r -> {
            Thread t = new Thread(r, "document-extraction");
            t.setDaemon(true);
            return t;
        });
    }

    public DocumentExtraction(DocumentLimits limits) {
        this(limits, 1);
    }

    public ExtractedDocument extract(String file, byte[] bytes, IntConsumer pageDone) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.timeoutSeconds());
        Future<ExtractedDocument> job = workers.submit(() -> run(file, bytes, deadline, pageDone));
        try {
            return job.get(limits.timeoutSeconds() + 5L, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            job.cancel(true); // the OCR inside stops at the same deadline
            return ExtractedDocument.failed(file, "processing took too long and was stopped");
        } catch (ExecutionException e) {
            return ExtractedDocument.failed(file, e.getCause() instanceof OutOfMemoryError
                    ? "file needs too much memory to read" : "file could not be processed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExtractedDocument.failed(file, "processing was interrupted");
        }
    }

    private ExtractedDocument run(String file, byte[] bytes, long deadline, IntConsumer pageDone) {
        try {
            List<Page> pages = new DocumentReader(limits).read(bytes, deadline, pageDone);
            boolean ocr = pages.stream().anyMatch(Page::ocr);
            if (pages.stream().allMatch(p -> p.words().isEmpty())) {
                return new ExtractedDocument(file, "other", pages.size(), null, ocr, java.util.Map.of(), null);
            }
            DocumentExtractor.Result r = extractor.extract(pages);
            return new ExtractedDocument(file, r.docType(), pages.size(), r.language(), ocr, r.fields(), null);
        } catch (DocumentProblem p) {
            return ExtractedDocument.failed(file, p.getMessage());
        } catch (OutOfMemoryError e) {
            return ExtractedDocument.failed(file, "file needs too much memory to read");
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
