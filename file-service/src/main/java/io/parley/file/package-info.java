/**
 * file-service: uploads, validation, storage (local disk by default, S3 in production) and signed download
 * URLs. In this issue it only starts, joins the fleet's security and reports health; it consumes no events
 * yet, so it declares no queue ({@code parley.events.queue} is unset). Its features come in a later issue.
 * Who may call it is decided by service-kit's default security filter chain (health, metrics and API docs
 * open; everything else needs a valid access token).
 */
package io.parley.file;
