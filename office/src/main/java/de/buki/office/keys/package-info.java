/**
 * The office's encryption key pair: applications are encrypted to its public key (JWE, RSA-OAEP-256 + A256GCM) and
 * only the office holds the private keys. Rotation adds a new current key and keeps the retired ones for decryption.
 */
package de.buki.office.keys;
