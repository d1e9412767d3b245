package de.buki.assistant.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import de.buki.office.Office;
import de.buki.office.OfficeConfig;
import de.buki.office.keys.OfficeKeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The real office in-process for handoff tests, with a prepared (2048-bit, fast) key pair and known logins. */
public final class TestOffice implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final RSAKey KEY = key();
    final Path dataDir;
    final Map<String, String> env;
    Office office;
    int port;

    private TestOffice(Path dataDir, Map<String, String> env) {
        this.dataDir = dataDir;
        this.env = env;
    }

    public static TestOffice start(Path dataDir, Map<String, String> extraEnv) throws Exception {
        Path keys = Files.createDirectories(dataDir.resolve("keys"));
        if (!Files.exists(keys.resolve(OfficeKeys.PRIVATE_FILE))) {
            Files.writeString(keys.resolve(OfficeKeys.PRIVATE_FILE), new JWKSet(KEY).toString(false));
            Files.writeString(keys.resolve(OfficeKeys.PUBLIC_FILE), KEY.toPublicJWK().toJSONString());
        }
        Map<String, String> env = new HashMap<>(Map.of("BUKI_OFFICE_PASSWORD_ITERATIONS", "1000",
                "BUKI_OFFICE_CASEWORKER_PASSWORD", "caseworker-test-pw", "BUKI_OFFICE_ADMIN_PASSWORD", "admin-test-pw"));
        env.putAll(extraEnv);
        TestOffice t = new TestOffice(dataDir, env);
        t.startOn(0);
        return t;
    }

    /** The public key file an assistant is configured with. */
    public Path publicKeyFile() {
        return dataDir.resolve("keys").resolve(OfficeKeys.PUBLIC_FILE);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    void startOn(int wantedPort) throws Exception {
        office = new Office(OfficeConfig.from(Map.of()).withPortAndData(wantedPort, dataDir).with(env)).start();
        port = office.port();
    }

    /** Stops the office; {@link #restart()} brings it back on the same port with the same data. */
    void stop() throws Exception {
        office.close();
        office = null;
    }

    void restart() throws Exception {
        startOn(port);
    }

    String token(String user, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/api/login"))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", user, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("token").asText();
    }

    JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** Every receipt in the inbox (a receipt present twice would be counted in {@link #applicationCount()} only). */
    Set<String> receipts() throws Exception {
        Set<String> out = new HashSet<>();
        get("/api/applications?limit=10000", token("caseworker", "caseworker-test-pw")).get("applications")
                .forEach(a -> out.add(a.get("receipt").asText()));
        return out;
    }

    int applicationCount() throws Exception {
        return get("/api/applications?limit=10000", token("caseworker", "caseworker-test-pw")).get("applications").size();
    }

    /** Audit entries of one action (e.g. intake.accepted, intake.replayed). */
    int audited(String action) throws Exception {
        int n = 0;
        for (JsonNode e : get("/api/audit?limit=10000&action=" + action, token("admin", "admin-test-pw")).get("entries")) {
            n += action.equals(e.get("action").asText()) ? 1 : 0;
        }
        return n;
    }

    @Override
    public void close() throws Exception {
        if (office != null) {
            office.close();
        }
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.ENCRYPTION).algorithm(JWEAlgorithm.RSA_OAEP_256).keyID("test-office").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
