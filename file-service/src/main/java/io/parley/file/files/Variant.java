package io.parley.file.files;

/** Which bytes of a file a link serves: the stored original or its thumbnail. */
public enum Variant {
    ORIGINAL, THUMBNAIL
}
