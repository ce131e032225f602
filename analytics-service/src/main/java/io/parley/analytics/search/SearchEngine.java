package io.parley.analytics.search;

import java.net.URI;

/** The OpenSearch HTTP endpoint the client talks to: an embedded node or a cluster. Closing stops what it started. */
interface SearchEngine extends AutoCloseable {

    URI uri();

    @Override
    void close();

    /** A cluster run by someone else: nothing to start or stop. */
    static SearchEngine remote(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        return new SearchEngine() {
            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public void close() {}
        };
    }
}
