package io.parley.file.download;

import java.io.InputStream;

/**
 * Bytes to send for a valid link.
 *
 * @param inline whether a browser may show it (images, PDF, video) rather than save it
 * @param maxAgeSeconds how long the link stays valid, for the cache header
 */
record Download(InputStream content, String contentType, long size, String name, boolean inline, long maxAgeSeconds) {}
