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
    private final DocumentLimits limits;
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final ExecutorService workers;
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger();

    /** {@code workers} documents are read at the same time (each worker keeps its own Tesseract engine). */
    public DocumentExtraction(DocumentLimits limits, int workers) {
        this(limits, workers, Math.max(8, 4 * workers));
    }

    /**
     * At most {@code maxQueued} uploads wait for or are in the workers; one more gets {@link ExtractionBusy} at once
     * (the upload route answers 429 with Retry-After) instead of queueing without limit behind slow OCR.
     */
    public DocumentExtraction(DocumentLimits limits, int workers, int maxQueued) {
        this.limits = limits;
        this.maxQueued = maxQueued;
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
        int waiting = queued.incrementAndGet();
        try {
            if (waiting > maxQueued) {
                throw new ExtractionBusy(waiting - 1);
            }
            return extractNow(file, bytes, pageDone);
        } finally {
            queued.decrementAndGet();
        }
    }

    /** For routes that must answer before they start streaming: refuse at once while the queue is full. */
    public void refuseWhenFull() {
        int waiting = queued.get();
        if (waiting >= maxQueued) {
            throw new ExtractionBusy(waiting);
        }
    }

    private ExtractedDocument extractNow(String file, byte[] bytes, IntConsumer pageDone) {
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
            var fields = ocr ? NameLetters.improve(r.fields(), DocumentExtractor.personFields(r.docType()), pages, deadline) : r.fields();
            return new ExtractedDocument(file, r.docType(), pages.size(), r.language(), ocr, onPageImages(fields, pages), null);
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

    /** Evidence boxes read on a straightened photo, moved onto the photo itself (the contract's page pixels). */
    private static java.util.Map<String, ExtractedField> onPageImages(java.util.Map<String, ExtractedField> fields, List<Page> pages) {
        java.util.Map<String, ExtractedField> out = new java.util.LinkedHashMap<>();
        fields.forEach((name, f) -> {
            Evidence e = f.evidence();
            Page page = e == null || e.bbox() == null || e.page() < 1 || e.page() > pages.size() ? null : pages.get(e.page() - 1);
            out.put(name, page == null || page.toImage() == null ? f
                    : new ExtractedField(f.value(), f.confidence(), new Evidence(e.page(), e.text(), page.toImage().map(e.bbox()))));
        });
        return out;
    }
}
