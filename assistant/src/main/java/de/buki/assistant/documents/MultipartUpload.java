package de.buki.assistant.documents;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one file of a {@code multipart/form-data} upload (RFC 7578), parsed by hand because Helidon's multipart module
 * is not available here. The first part with a {@code filename} wins; its bytes are returned untouched.
 */
public record MultipartUpload(String fileName, byte[] content) {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
    private static final Pattern FILENAME = Pattern.compile("(?i)filename\\*?=\"?(?:UTF-8'')?([^\";\\r\\n]*)\"?");

    /** The uploaded file, or a {@link DocumentProblem} saying what is wrong with the request. */
    public static MultipartUpload parse(String contentType, byte[] body) throws DocumentProblem {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new DocumentProblem("upload must be multipart/form-data with a file part");
        }
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            throw new DocumentProblem("multipart upload without boundary");
        }
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int headerStart = pos + delimiter.length;
            if (headerStart + 2 <= body.length && body[headerStart] == '-' && body[headerStart + 1] == '-') {
                break; // closing delimiter
            }
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
            if (headerEnd < 0) {
                break;
            }
            int next = indexOf(body, ("\r\n--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1), headerEnd + 4);
            if (next < 0) {
                throw new DocumentProblem("multipart upload is truncated");
            }
            String headers = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
            Matcher f = FILENAME.matcher(headers);
            if (f.find()) {
                byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, next);
                String name = f.group(1).replaceAll(".*[/\\\\]", "");
                return new MultipartUpload(name.isBlank() ? "upload" : name, content);
            }
            pos = next + 2;
        }
        throw new DocumentProblem("no file in the upload");
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
