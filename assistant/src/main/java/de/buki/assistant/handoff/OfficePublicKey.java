package de.buki.assistant.handoff;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import de.buki.assistant.web.ApiError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.logging.Logger;

/**
 * The office's current public key, read from a JWK file when a package is built (so an office that starts later, or
 * a rotated key copied in, is picked up without a restart). A private key in the file is refused: the assistant must
 * never hold it.
 */
public final class OfficePublicKey {
    private static final Logger LOG = Logger.getLogger(OfficePublicKey.class.getName());
    private final Path file;
    private RSAKey key;
    private FileTime loadedAt;

    public OfficePublicKey(Path file) {
        this.file = file;
    }

    public synchronized RSAKey current() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (key == null || !modified.equals(loadedAt)) {
                key = parse(Files.readString(file));
                loadedAt = modified;
                LOG.info("office public key " + key.getKeyID() + " loaded");
            }
            return key;
        } catch (IOException e) {
            throw new ApiError(503, "OFFICE_KEY_MISSING", "the office's public key is not available yet; please try again shortly");
        }
    }

    static RSAKey parse(String json) {
        try {
            JWK jwk = JWK.parse(json);
            if (!(jwk instanceof RSAKey rsa) || rsa.getKeyID() == null) {
                throw new ApiError(503, "OFFICE_KEY_INVALID", "the configured office key is not an RSA public JWK with a kid");
            }
            if (rsa.isPrivate()) {
                throw new ApiError(503, "OFFICE_KEY_INVALID", "the configured office key file contains a PRIVATE key; "
                        + "give the assistant only office-public.jwk");
            }
            return rsa;
        } catch (ParseException e) {
            throw new ApiError(503, "OFFICE_KEY_INVALID", "the configured office key file is not a JWK");
        }
    }
}
