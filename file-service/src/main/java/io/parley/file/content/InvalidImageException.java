package io.parley.file.content;

/** The content claims to be an image of an allowed type but cannot be read (broken, or too many pixels). */
public class InvalidImageException extends RuntimeException {
    InvalidImageException(String message) {
        super(message);
    }
}
