/**
 * What a file is and whether it may be kept: the type from its content (magic bytes with Apache Tika, never
 * the name or the client's Content-Type) against the allow-list, the {@link io.parley.file.content.FileScanner}
 * hook, and images re-encoded without EXIF or other metadata, with a thumbnail.
 */
package io.parley.file.content;
