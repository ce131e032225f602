package io.parley.file.content;

/** The content is of a type that is not on the allow-list; {@link #detectedType()} names what it is. */
public class UnsupportedContentException extends RuntimeException {
    private final String detectedType;

    UnsupportedContentException(String detectedType) {
        super("files of type " + detectedType + " are not accepted");
        this.detectedType = detectedType;
    }

    public String detectedType() {
        return detectedType;
    }
}
