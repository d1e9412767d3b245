package de.buki.webui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Static files under the classpath folder {@code web/}, restricted to the folders one service may show (the assistant:
 * citizen and shared; the office: caseworker and shared). Files are read once and kept: they are small and never change
 * while the service runs.
 */
public final class WebAssets {
    /** Every page and asset: no inline script or style, no framing, no sniffing, no referrer leaving the site. */
    public static final Map<String, String> SECURITY_HEADERS = securityHeaders();
    /** Public form definitions the pages read (plan, title, texts), never anything else of form-schemas. */
    private static final Pattern FORM_FILE = Pattern.compile("[a-z0-9-]{1,40}/(dialogue|form|texts/[a-zA-Z-]{2,5})\\.json");
    private static final Map<String, Optional<Asset>> FORM_CACHE = new ConcurrentHashMap<>();
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z0-9]{1,5}");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"), Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"), Map.entry("json", "application/json; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final String classpathRoot;
    private final List<String> allowedFolders;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** A file to send: its bytes, content type and whether it is an HTML page (pages are never cached). */
    public record Asset(byte[] body, String contentType, boolean page) {
        /** Headers for this file: the security headers plus a cache rule. */
        public Map<String, String> headers() {
            Map<String, String> h = new LinkedHashMap<>(SECURITY_HEADERS);
            h.put("Content-Type", contentType);
            h.put("Cache-Control", page ? "no-store" : "no-cache");
            return h;
        }
    }

    /**
     * @param classpathRoot  folder on the classpath, normally {@code web}
     * @param allowedFolders first path segments this service may serve, e.g. {@code citizen}, {@code shared}
     */
    public WebAssets(String classpathRoot, List<String> allowedFolders) {
        this.classpathRoot = classpathRoot.replaceAll("/+$", "");
        this.allowedFolders = List.copyOf(allowedFolders);
    }

    /** The file at a relative path such as {@code citizen/app.js}; empty for anything unknown, hidden or unsafe. */
    public Optional<Asset> find(String relativePath) {
        if (relativePath == null || relativePath.length() > 200 || !SAFE_PATH.matcher(relativePath).matches()) {
            return Optional.empty();
        }
        String folder = relativePath.substring(0, relativePath.indexOf('/') < 0 ? 0 : relativePath.indexOf('/'));
        String ext = relativePath.substring(relativePath.lastIndexOf('.') + 1);
        if (!allowedFolders.contains(folder) || !TYPES.containsKey(ext)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(relativePath, p -> read(classpathRoot + "/" + p, ext));
    }

    /** A page that must exist (the service's start page); a missing one is a packaging error. */
    public Asset page(String relativePath) {
        return find(relativePath).orElseThrow(() -> new IllegalStateException("web page missing from the build: " + relativePath));
    }

    /** A form-schemas file under {@code forms/} such as {@code but-lunch/texts/tr.json}; empty when unknown or not public. */
    public static Optional<Asset> formFile(String relativePath) {
        if (relativePath == null || !FORM_FILE.matcher(relativePath).matches()) {
            return Optional.empty();
        }
        return FORM_CACHE.computeIfAbsent(relativePath, p -> read("forms/" + p, "json"));
    }

    private static Optional<Asset> read(String resource, String ext) {
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Asset(in.readAllBytes(), TYPES.get(ext), "html".equals(ext)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", String.join("; ",
                "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' blob: data:",
                "font-src 'self'", "connect-src 'self'", "media-src 'self' blob: mediastream:", "manifest-src 'self'",
                "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"));
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=()");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(h);
    }
}
