package io.parley.file.content;

/** The detected type of an allowed file, e.g. {@code image/png}, and its kind. */
public record Inspection(String contentType, FileKind kind) {}
