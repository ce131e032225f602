/**
 * What chat-service asks file-service: the metadata of the files a message attaches ({@code GET
 * /api/v1/files/{id}} with the sender's own access token, so file-service applies its own visibility rules).
 * {@link io.parley.chat.files.FileCatalog} tells a file that may be attached (it exists, belongs to the
 * conversation, was uploaded by the sender) from one that may not, and file-service being unreachable, slow or
 * failing ({@link io.parley.chat.files.FilesUnavailableException}) from both. Base URL {@code PARLEY_FILE_URL},
 * timeout {@code PARLEY_FILE_TIMEOUT}.
 */
package io.parley.chat.files;
