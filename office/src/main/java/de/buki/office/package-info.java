/** The office side (Vert.x Web): intake of submitted applications and the caseworker's inbox. */
package de.buki.office;
