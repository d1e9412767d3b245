package de.buki.assistant.documents;

/** A specific, user-presentable reason why a file cannot be read (the message never contains document content). */
public final class DocumentProblem extends Exception {
    public DocumentProblem(String message) {
        super(message);
    }
}
