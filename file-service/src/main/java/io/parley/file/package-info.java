/**
 * file-service: attachments of conversations. Uploads are size-limited while streaming, typed from their
 * content (magic bytes, Apache Tika) against an allow-list, scanned by a {@code FileScanner} hook, images
 * re-encoded without metadata and given a thumbnail, then stored through the {@code FileStorage} port (local
 * disk or S3) with their metadata in MongoDB. Who may upload or read is learned from the conversation events.
 * Downloads are unauthenticated but signed, expiring links.
 */
package io.parley.file;
