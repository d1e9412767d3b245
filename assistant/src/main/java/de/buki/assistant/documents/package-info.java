/**
 * Document intake: decides from the bytes (never the file name) what an upload is, enforces size/page/pixel/time
 * limits, and turns PDFs, scans and phone photos into pages of positioned words (PDF text layer via PDFBox,
 * otherwise Tesseract OCR after image clean-up). Field extraction itself lives in {@code de.buki.assistant.extraction}.
 */
package de.buki.assistant.documents;
