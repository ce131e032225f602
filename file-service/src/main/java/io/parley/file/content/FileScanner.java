package io.parley.file.content;

import java.nio.file.Path;

/**
 * A hook that looks at every accepted upload before it is stored (an antivirus, a content policy). The default
 * bean accepts everything; every other {@code FileScanner} bean runs too, and one rejection refuses the file.
 */
public interface FileScanner {

    /** Looks at the uploaded bytes (as received) of the detected {@code contentType}. */
    Verdict scan(Path content, String contentType);

    /** Accepted, or rejected with a reason the uploader may read. */
    record Verdict(boolean accepted, String reason) {
        public static Verdict accept() {
            return new Verdict(true, null);
        }

        public static Verdict reject(String reason) {
            return new Verdict(false, reason);
        }
    }
}
