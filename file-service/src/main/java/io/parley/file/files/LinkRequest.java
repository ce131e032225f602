package io.parley.file.files;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/v1/files/{id}/links} body. */
record LinkRequest(@NotNull Variant variant) {}
