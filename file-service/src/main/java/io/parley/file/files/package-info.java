/**
 * The files API: upload ({@code POST /api/v1/files}), metadata ({@code GET /api/v1/files/{id}}) and signed links
 * ({@code POST /api/v1/files/{id}/links}), with the rules of who may do what and the problem answers.
 */
package io.parley.file.files;
