/** The caseworker's pages (login, inbox, application, decision) from module web-ui, served with the shared security headers. */
package de.buki.office.pages;
