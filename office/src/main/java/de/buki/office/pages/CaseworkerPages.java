package de.buki.office.pages;

import de.buki.office.Http;
import de.buki.webui.WebAssets;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Optional;

/** GET / (the caseworker's single page), GET /web/* (its scripts, styles, fonts and strings) and GET /forms/* (field labels). */
public final class CaseworkerPages {
    private final WebAssets assets = new WebAssets("web", List.of("caseworker", "shared"));

    public void handleStart(RoutingContext ctx) {
        send(ctx, assets.page("caseworker/index.html"));
    }

    public void handleAsset(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Optional<WebAssets.Asset> asset = assets.find(path.substring("/web/".length()));
        if (asset.isEmpty()) {
            Http.sendError(ctx, 404, "NOT_FOUND", "no such file");
            return;
        }
        send(ctx, asset.get());
    }

    /** GET /forms/{form}/texts/de.json etc.: labels of the form's fields for the application view. */
    public void handleFormFile(RoutingContext ctx) {
        Optional<WebAssets.Asset> asset = WebAssets.formFile(ctx.normalizedPath().substring("/forms/".length()));
        if (asset.isEmpty()) {
            Http.sendError(ctx, 404, "NOT_FOUND", "no such form file");
            return;
        }
        send(ctx, asset.get());
    }

    private static void send(RoutingContext ctx, WebAssets.Asset asset) {
        asset.headers().forEach(ctx.response()::putHeader);
        ctx.response().setStatusCode(200).end(Buffer.buffer(asset.body()));
    }
}
