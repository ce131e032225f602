package io.parley.file.storage;

import java.io.InputStream;
import java.nio.file.Path;

/** Stores, reads and deletes file bytes by key (keys are made by the service: {@code <conversation>/<file>}). */
public interface FileStorage {

    void put(String key, Path content, String contentType);

    void put(String key, byte[] content, String contentType);

    /** The stored bytes; {@link MissingObjectException} if there are none. The caller closes the stream. */
    InputStream open(String key);

    /** Deletes the object if it exists. */
    void delete(String key);

    /** No object is stored under the key. */
    class MissingObjectException extends RuntimeException {
        public MissingObjectException(String key) {
            super("no stored object " + key);
        }
    }
}
