/**
 * Encryption at rest for everything buki stores about a citizen (session data, uploaded documents, office packages).
 *
 * <p>{@link de.buki.privacy.crypto.AtRestCipher} is AES-256-GCM with a random 96-bit nonce, a versioned header and the
 * key id in clear so keys can be rotated; associated data (e.g. the session id) binds a blob to its owner so blobs
 * cannot be swapped between sessions. {@link de.buki.privacy.crypto.DataKeys} loads the operator's key from
 * {@code BUKI_DATA_KEY} / {@code BUKI_DATA_KEY_FILE}; in development it generates one under {@code <dataDir>/keys/}
 * and says so with a WARNING, in production a missing key stops the service at start.
 */
package de.buki.privacy.crypto;
