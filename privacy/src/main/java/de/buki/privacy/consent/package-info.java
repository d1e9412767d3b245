/**
 * Informed consent (Art. 6(1)(a), 7, 9(2)(a), 13 GDPR) in every language buki speaks, including Leichte Sprache.
 *
 * <p>The texts are data ({@code consent/<lang>.json}): purpose, data, storage, recipients, retention, legal basis and
 * rights, with the retention periods filled in from the running {@link de.buki.privacy.retention.RetentionPolicy} so the
 * text always states what the system actually does. The dialogue asks {@code consent.dataProcessing} first and does not
 * continue without {@code true}.
 */
package de.buki.privacy.consent;
