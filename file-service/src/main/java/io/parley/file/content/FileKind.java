package io.parley.file.content;

/** How clients show a file. */
public enum FileKind {
    IMAGE, PDF, DOCUMENT, TEXT, VIDEO
}
