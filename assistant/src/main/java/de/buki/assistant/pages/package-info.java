/**
 * The citizen's and the kiosk's pages: the start page at {@code /}, the static files of module web-ui under
 * {@code /web/…}, the public form definitions the pages read ({@code /forms/…}) and the page settings
 * ({@code /ui/config.json}: kiosk mode and its inactivity timeout). Everything here is public and holds no personal data.
 */
package de.buki.assistant.pages;
