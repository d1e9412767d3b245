package de.buki.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import de.buki.office.intake.PackageWriter;
import de.buki.office.keys.OfficeKeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real office on a free port with a prepared key pair, and the HTTP calls tests make to it. */
public final class OfficeFixture implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String CASEWORKER_PASSWORD = "caseworker-secret-1";
    public static final String ADMIN_PASSWORD = "admin-secret-12345";
    /** 2048 bits keep the suite fast; production keys are 4096 (OfficeKeys). */
    public static final RSAKey KEY = newKey("office-test-key");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public final Office office;
    public final String base;

    private OfficeFixture(Office office) {
        this.office = office;
        this.base = "http://127.0.0.1:" + office.port();
    }

    public static OfficeFixture start(Path dataDir, Map<String, String> extraEnv) throws Exception {
        Files.createDirectories(dataDir.resolve("keys"));
        if (!Files.exists(dataDir.resolve("keys").resolve(OfficeKeys.PRIVATE_FILE))) {
            Files.writeString(dataDir.resolve("keys").resolve(OfficeKeys.PRIVATE_FILE), new JWKSet(KEY).toString(false));
            Files.writeString(dataDir.resolve("keys").resolve(OfficeKeys.PUBLIC_FILE), KEY.toPublicJWK().toJSONString());
        }
        Map<String, String> env = new HashMap<>(Map.of("BUKI_OFFICE_PASSWORD_ITERATIONS", "1000",
                "BUKI_OFFICE_CASEWORKER_PASSWORD", CASEWORKER_PASSWORD,
                "BUKI_OFFICE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        env.putAll(extraEnv);
        return new OfficeFixture(new Office(OfficeConfig.from(Map.of()).withPortAndData(0, dataDir).with(env)).start());
    }

    /** A fresh receipt in the assistant's format. */
    public static String receipt() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder("BUKI");
        for (int i = 0; i < 16; i++) {
            b.append(i % 4 == 0 ? "-" : "").append(alphabet.charAt(r.nextInt(32)));
        }
        return b.toString();
    }

    public static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.ENCRYPTION).algorithm(JWEAlgorithm.RSA_OAEP_256).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode application(String form, ObjectNode data) {
        ObjectNode app = JSON.createObjectNode();
        app.put("form", form);
        app.put("applicationDate", "2026-11-25");
        app.put("language", "de");
        app.set("data", data);
        app.putArray("documents");
        return app;
    }

    public static ObjectNode butLunchData() throws IOException {
        try (var in = OfficeFixture.class.getResourceAsStream("/but-lunch-data.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    public static ObjectNode noFindings(String form) {
        ObjectNode f = JSON.createObjectNode().put("form", form).put("complete", true);
        f.putArray("findings");
        return f;
    }

    public static byte[] envelope(String receipt, ObjectNode application, JsonNode findings, RSAKey key) {
        return PackageWriter.build(receipt, application, findings, List.of(), Instant.now(), key.toPublicJWK());
    }

    public HttpResponse<String> submit(String key, byte[] envelope) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/intake/v1/submissions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(envelope));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in and returns the JSON answer (token, csrfToken, role); fails the test on any other status. */
    public JsonNode login(String user, String password) throws Exception {
        HttpResponse<String> r = call("POST", "/api/login", JSON.writeValueAsString(Map.of("username", user, "password", password)), Map.of());
        if (r.statusCode() != 200) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public String caseworkerToken() throws Exception {
        return login("caseworker", CASEWORKER_PASSWORD).get("token").asText();
    }

    public String adminToken() throws Exception {
        return login("admin", ADMIN_PASSWORD).get("token").asText();
    }

    public HttpResponse<String> get(String path, String bearer) throws Exception {
        return call("GET", path, null, bearer == null ? Map.of() : Map.of("Authorization", "Bearer " + bearer));
    }

    public HttpResponse<String> call(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String bearer) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer).GET().build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() throws Exception {
        office.close();
    }
}
