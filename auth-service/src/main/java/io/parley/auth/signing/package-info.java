/**
 * The RSA key pair that signs access tokens. {@link io.parley.auth.signing.SigningKeyStore} creates it on the
 * first start and keeps it in {@code signing_keys}, so tokens stay valid across restarts and every instance
 * signs with the same key; {@link io.parley.auth.signing.JwksController} publishes its public half.
 */
package io.parley.auth.signing;
