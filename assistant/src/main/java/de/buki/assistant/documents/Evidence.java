package de.buki.assistant.documents;

import java.util.List;

/** Where a value was read: 1-based page, the printed text, and [x, y, w, h] in pixels of the page at 300 dpi (or null). */
public record Evidence(int page, String text, List<Integer> bbox) {
}
