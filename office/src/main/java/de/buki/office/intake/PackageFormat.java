package de.buki.office.intake;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The wire format between assistant and office, modelled on FIT-Connect (office/README.md shows an example).
 * The body of {@code POST /intake/v1/submissions} is a JSON envelope that carries nothing readable but the receipt:
 * <pre>{"submissionId", "encryptedMetadata": JWE, "encryptedData": JWE, "attachments": [{"attachmentId", "encryptedContent": JWE}]}</pre>
 * Metadata follow FIT-Connect's metadata schema: {@code contentStructure.data.hash} + {@code submissionSchema.schemaUri},
 * one {@code hash} per attachment (SHA-512 of the plaintext, hex).
 */
public final class PackageFormat {
    public static final JWEAlgorithm ALGORITHM = JWEAlgorithm.RSA_OAEP_256;
    public static final EncryptionMethod ENCRYPTION = EncryptionMethod.A256GCM;
    public static final String METADATA_SCHEMA = "https://schema.fitko.de/fit-connect/metadata/1.2.0/metadata.schema.json";
    public static final String HASH_TYPE = "sha512";
    /** Receipts are made by the assistant (like FIT-Connect's submission id) and accepted by the office as they are. */
    public static final Pattern RECEIPT = Pattern.compile("BUKI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    public static final String PURPOSE_REPORT = "report";
    public static final String PURPOSE_ATTACHMENT = "attachment";

    private PackageFormat() {
    }

    public static String schemaUri(String form) {
        return "urn:de:buki:forms:" + form + ":schema";
    }

    public static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
