/**
 * Forms as data: loads every form folder ({@code forms/<id>/form.json, schema.json, dialogue.json, texts/<lang>.json})
 * and answers generic questions about it (which field comes next, what kind it is, is the data valid).
 * There is never Java code per form: a new form is new files only.
 */
package de.buki.forms;
