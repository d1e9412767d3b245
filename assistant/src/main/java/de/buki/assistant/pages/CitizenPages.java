package de.buki.assistant.pages;

import de.buki.assistant.web.ApiError;
import de.buki.assistant.web.Json;
import de.buki.webui.WebAssets;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Map;

/** Handlers for the citizen pages; the routing table in {@code Assistant} wires them. */
public final class CitizenPages {
    private final WebAssets assets = new WebAssets("web", List.of("citizen", "shared"));
    private final PagesConfig config;

    public CitizenPages(PagesConfig config) {
        this.config = config;
    }

    /** GET / : the single page of citizen and kiosk (language, kiosk and form come from the query). */
    public void start(ServerRequest req, ServerResponse res) {
        send(res, assets.page("citizen/index.html"));
    }

    /** GET /web/* : scripts, styles, fonts and UI strings. */
    public void asset(ServerRequest req, ServerResponse res) {
        String rel = req.path().path().substring("/web/".length());
        send(res, assets.find(rel).orElseThrow(() -> ApiError.notFound("file")));
    }

    /** GET /ui/config.json : kiosk mode and timeouts, so a terminal can be configured without touching its browser. */
    public void settings(ServerRequest req, ServerResponse res) {
        res.header("Cache-Control", "no-store");
        Json.ok(res, Map.of("kiosk", config.kiosk(), "kioskIdleSeconds", config.kioskIdleSeconds(),
                "kioskWarningSeconds", config.kioskWarningSeconds()));
    }

    /** GET /forms/{form}/dialogue.json, form.json, texts/{lang}.json : the public form definitions of form-schemas. */
    public void formFile(ServerRequest req, ServerResponse res) {
        String rel = req.path().path().substring("/forms/".length());
        send(res, WebAssets.formFile(rel).orElseThrow(() -> ApiError.notFound("form file")));
    }

    private static void send(ServerResponse res, WebAssets.Asset asset) {
        asset.headers().forEach(res::header);
        res.send(asset.body());
    }
}
