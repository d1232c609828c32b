#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

// OpenSSL macros that Swift cannot import, as inline functions (used by the TLS client).
static inline long tap_SSL_set_tlsext_host_name(SSL *ssl, const char *name) {
    return SSL_set_tlsext_host_name(ssl, name);
}
static inline long tap_SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version) {
    return SSL_CTX_set_min_proto_version(ctx, version);
}
static inline uint64_t tap_SSL_OP_IGNORE_UNEXPECTED_EOF(void) {
    return SSL_OP_IGNORE_UNEXPECTED_EOF;
}
