/**
 * Where file bytes live: the {@link io.parley.file.storage.FileStorage} port with a local-disk adapter
 * (default, {@code PARLEY_FILES_DIR}) and an S3 adapter ({@code PARLEY_FILES_STORAGE=s3}, AWS SDK v2, also for
 * S3-compatible servers through {@code PARLEY_S3_ENDPOINT}).
 */
package io.parley.file.storage;
