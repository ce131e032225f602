/**
 * What the service runs on: its settings ({@link io.parley.file.platform.FilesProperties}), the security chain
 * (tokens for the API, none for signed downloads), the multipart limits that cut an upload off while it
 * streams, and a MongoDB readiness check that works against the in-process server too.
 */
package io.parley.file.platform;
