/**
 * Model manifests as data and the verified model store under {@code data/models/}.
 *
 * <p>Why it exists: a model file is code-like (it decides what the assistant says), so buki only loads files whose
 * SHA-256 matches a published checksum, on every load. A manifest without a published checksum is marked as such and
 * {@code verify} refuses it rather than pretending; the operator may pin a checksum they obtained from the publisher.
 */
package de.buki.models.manifest;
