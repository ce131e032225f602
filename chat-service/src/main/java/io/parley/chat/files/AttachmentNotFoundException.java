package io.parley.chat.files;

import java.util.UUID;

/** The file may not be attached: unknown, not visible to the sender, of another conversation or another uploader. */
public class AttachmentNotFoundException extends RuntimeException {

    public AttachmentNotFoundException(UUID fileId) {
        super("attachment " + fileId + " not found", null, false, false);
    }
}
