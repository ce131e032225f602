package io.parley.chat.files;

/** file-service could not be asked (down, too slow, or failing): the client should try again later. */
public class FilesUnavailableException extends RuntimeException {

    public FilesUnavailableException(Throwable cause) {
        super("files unavailable, try again", cause, false, false);
    }
}
