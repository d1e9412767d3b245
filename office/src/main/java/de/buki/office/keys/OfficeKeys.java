package de.buki.office.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The office key files in one folder (standard JWK formats, RFC 7517):
 * <ul>
 *   <li>{@code office-keys.jwks}: the private key set, current key first, retired keys after it (mode 600);</li>
 *   <li>{@code office-public.jwk}: the current public key, the only file an assistant needs.</li>
 * </ul>
 * The set is re-read when the file changes, so {@code ./buki keys rotate} takes effect without a restart.
 */
public final class OfficeKeys {
    public static final String PRIVATE_FILE = "office-keys.jwks";
    public static final String PUBLIC_FILE = "office-public.jwk";
    static final int KEY_BITS = 4096;   // FIT-Connect's minimum for RSA-OAEP-256 encryption keys

    private final Path dir;
    private volatile JWKSet keys;
    private volatile FileTime loadedAt;

    private OfficeKeys(Path dir, JWKSet keys, FileTime loadedAt) {
        this.dir = dir;
        this.keys = keys;
        this.loadedAt = loadedAt;
    }

    public static boolean exist(Path dir) {
        return Files.isRegularFile(dir.resolve(PRIVATE_FILE));
    }

    /** Loads the key set; a missing or unreadable file is an {@link IllegalStateException} telling the operator what to run. */
    public static OfficeKeys load(Path dir) {
        Path file = dir.resolve(PRIVATE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no office key pair in " + dir + "; create one with: ./buki keys generate");
        }
        try {
            return new OfficeKeys(dir, read(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates a new key set with one key; refuses to overwrite an existing one. */
    public static OfficeKeys generate(Path dir) {
        if (exist(dir)) {
            throw new IllegalStateException("an office key pair already exists in " + dir + "; use ./buki keys rotate");
        }
        write(dir, List.of(newKey()));
        return load(dir);
    }

    /** A new current key; the previous keys stay (retired) so that packages already encrypted to them still open. */
    public OfficeKeys rotate() {
        List<JWK> all = new ArrayList<>();
        all.add(newKey());
        all.addAll(current().getKeys());
        write(dir, all);
        return load(dir);
    }

    /** The private key with this id, current or retired. */
    public Optional<RSAKey> privateKey(String kid) {
        JWK k = current().getKeyByKeyId(kid);
        return k instanceof RSAKey rsa && rsa.isPrivate() ? Optional.of(rsa) : Optional.empty();
    }

    public RSAKey currentPublic() {
        return current().getKeys().getFirst().toRSAKey().toPublicJWK();
    }

    public List<String> keyIds() {
        return current().getKeys().stream().map(JWK::getKeyID).toList();
    }

    private JWKSet current() {
        Path file = dir.resolve(PRIVATE_FILE);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(loadedAt)) {
                synchronized (this) {
                    keys = read(file);
                    loadedAt = modified;
                }
            }
        } catch (IOException e) {
            // keep the keys already loaded: a rotation in progress must not stop the intake
        }
        return keys;
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(KEY_BITS).keyUse(KeyUse.ENCRYPTION).algorithm(JWEAlgorithm.RSA_OAEP_256)
                    .keyIDFromThumbprint(true).issueTime(java.util.Date.from(Instant.now())).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    private static JWKSet read(Path file) throws IOException {
        try {
            return JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IOException("not a JWK set (" + e.getMessage() + ")");
        }
    }

    private static void write(Path dir, List<JWK> keys) {
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(PRIVATE_FILE), new JWKSet(keys).toString(false), true);
            writeAtomically(dir.resolve(PUBLIC_FILE), keys.getFirst().toPublicJWK().toJSONString(), false);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the office keys to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".keys", ".tmp");
        try {
            if (secret) {
                restrict(tmp);
            }
            Files.writeString(tmp, content + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions must protect the key
        }
    }
}
