package de.buki.privacy.crypto;

/** The data key is missing or unusable; the message tells the operator exactly what to set. */
public final class KeyConfigurationException extends IllegalStateException {

    public KeyConfigurationException(String message) {
        super(message);
    }
}
