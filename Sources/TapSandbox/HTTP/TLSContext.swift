import COpenSSL

/// An OpenSSL client context: TLS 1.2 or later, peers verified against the system's trusted certificates
/// unless verification is turned off. Made once per client and shared by its connections.
///
/// `@unchecked Sendable`: an `SSL_CTX` may be used from many threads once configured (OpenSSL's
/// threading guide), and it is never changed after `init`.
final class TLSContext: @unchecked Sendable {
    let pointer: OpaquePointer
    let verifiesPeer: Bool

    init(verifyPeer: Bool, trustedCertificatesFile: String?) throws(HTTPClientError) {
        guard let context = SSL_CTX_new(TLS_client_method()) else {
            throw HTTPClientError(.tls, "TLS: cannot create a context: \(TLSContext.lastError())")
        }
        pointer = context
        verifiesPeer = verifyPeer
        _ = tap_SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION)
        // Receivers that close without close_notify are common; the body framing tells a short read.
        _ = SSL_CTX_set_options(context, tap_SSL_OP_IGNORE_UNEXPECTED_EOF())
        guard verifyPeer else {
            SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil)
            return
        }
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        guard SSL_CTX_set_default_verify_paths(context) == 1 else {
            throw HTTPClientError(.tls, "TLS: cannot load the system's trusted certificates: \(TLSContext.lastError())")
        }
        if let file = trustedCertificatesFile, SSL_CTX_load_verify_locations(context, file, nil) != 1 {
            throw HTTPClientError(.tls, "TLS: cannot load trusted certificates from \(file): \(TLSContext.lastError())")
        }
    }

    deinit {
        SSL_CTX_free(pointer)
    }

    /// The oldest entry of this thread's OpenSSL error queue, as text; the queue is cleared.
    static func lastError() -> String {
        let code = ERR_get_error()
        ERR_clear_error()
        guard code != 0 else { return "unknown error" }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
