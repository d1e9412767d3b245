/**
 * Synthetic German supporting documents for measuring extraction: all docTypes of documents.json in several layouts
 * and label wordings with distractors, random realistic people/places/amounts/dates, rendered as born-digital PDF,
 * scan (200–300 dpi, noise, skew) or phone photo (perspective, uneven light, JPEG), with ground truth beside each.
 */
package de.buki.assistant.documents.samples;
