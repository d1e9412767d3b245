package de.buki.assistant.documents;

import de.buki.assistant.extraction.DocumentExtractor;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * One upload → one {@link ExtractedDocument}: read (with limits), classify, extract. Runs on its own worker thread
 * with a wall-clock limit, so a decompression bomb or a pathological page cannot hold the caller; a bad file always
 * ends as an entry with a specific error, never an exception.
 */
public final class DocumentExtraction implements AutoCloseable {
    /** Uploads that may wait for (or be in) the one worker before new ones are turned away with {@link ExtractionBusy}. */
    public static final int DEFAULT_MAX_QUEUED = 8;
    private final DocumentLimits limits;
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger();
    private ExecutorService worker = newWorker();

    public DocumentExtraction(DocumentLimits limits) {
        this(limits, DEFAULT_MAX_QUEUED);
    }

    public DocumentExtraction(DocumentLimits limits, int maxQueued) {
        this.limits = limits;
        this.maxQueued = maxQueued;
    }

    /**
     * Like {@link #extract} but bounded: when {@code maxQueued} uploads are already waiting or being read, throws
     * {@link ExtractionBusy} at once instead of queueing without limit (back-pressure for the upload route).
     */
    public ExtractedDocument extractOrRefuse(String file, byte[] bytes, IntConsumer pageDone) {
        int waiting = queued.incrementAndGet();
        try {
            if (waiting > maxQueued) {
                throw new ExtractionBusy(waiting - 1);
            }
            return extract(file, bytes, pageDone);
        } finally {
            queued.decrementAndGet();
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "document-extraction");
            t.setDaemon(true);
            return t;
        });
    }

    public synchronized ExtractedDocument extract(String file, byte[] bytes, IntConsumer pageDone) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.timeoutSeconds());
        Future<ExtractedDocument> job = worker.submit(() -> run(file, bytes, deadline, pageDone));
        try {
            return job.get(limits.timeoutSeconds() + 5L, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
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
        worker.shutdownNow();
    }
}
