/**
 * Signed download links: {@link io.parley.file.download.LinkSigner} makes and checks them (HMAC-SHA256 over
 * file id, variant and expiry), and {@code GET /files/{id}/{variant}} serves the bytes without a token, with
 * headers that keep a browser from running or sniffing what it receives.
 */
package io.parley.file.download;
