import COpenSSL
import Glibc

/// TLS over a connected `ClientSocket` (RFC 8446 through OpenSSL). Sends SNI for host names and, when the
/// context verifies, checks the certificate chain and that it names the host (RFC 6125, `SSL_set1_host`,
/// or the IP address for address literals). Calls block the worker thread up to the deadline.
final class TLSStream: ClientStream {
    private let socket: ClientSocket
    private let ssl: OpaquePointer

    init(socket: ClientSocket, context: TLSContext, host: String, deadline: Int64) throws(HTTPClientError) {
        self.socket = socket
        ERR_clear_error()
        guard let ssl = SSL_new(context.pointer) else {
            throw HTTPClientError(.tls, "TLS: cannot create a session: \(TLSContext.lastError())")
        }
        self.ssl = ssl
        SSL_set_fd(ssl, socket.fd)
        let isAddress = Self.isAddressLiteral(host)
        // RFC 6066 §3: SNI carries DNS names only, never address literals.
        if !isAddress { _ = tap_SSL_set_tlsext_host_name(ssl, host) }
        if context.verifiesPeer {
            if isAddress {
                X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host)
            } else {
                SSL_set_hostflags(ssl, UInt32(X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS))
                SSL_set1_host(ssl, host)
            }
        }
        try handshake(host: host, deadline: deadline)
    }

    deinit {
        SSL_free(ssl)
    }

    private func handshake(host: String, deadline: Int64) throws(HTTPClientError) {
        while true {
            guard socket.arm(SO_RCVTIMEO, deadline: deadline), socket.arm(SO_SNDTIMEO, deadline: deadline) else {
                throw HTTPClientError(.timeout, "timed out in the TLS handshake with \(host)")
            }
            let result = SSL_connect(ssl)
            if result == 1 { return }
            let verification = SSL_get_verify_result(ssl)
            if verification != X509_V_OK {
                let reason = String(cString: X509_verify_cert_error_string(verification))
                throw HTTPClientError(.tls, "TLS: the certificate of \(host) failed verification: \(reason)")
            }
            if try !shouldRetry(result, doing: "the TLS handshake with \(host)", kind: .tls) {
                throw HTTPClientError(.tls, "TLS: the handshake with \(host) failed: \(TLSContext.lastError())")
            }
        }
    }

    /// After a failed call: true to try again (interrupted or timed out early), false for a TLS error.
    private func shouldRetry(_ result: Int32, doing action: String, kind: HTTPClientError.Kind = .receive)
        throws(HTTPClientError) -> Bool
    {
        let code = SSL_get_error(ssl, result)
        let interrupted = errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK
        switch code {
        case SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE:
            return true
        case SSL_ERROR_SYSCALL where interrupted:
            ERR_clear_error()
            return true
        case SSL_ERROR_SYSCALL:
            let reason = errno == 0 ? "the connection was closed" : String(cString: strerror(errno))
            ERR_clear_error()
            throw HTTPClientError(kind, "\(action) failed: \(reason)")
        default:
            return false
        }
    }

    func write(_ bytes: [UInt8], deadline: Int64) throws(HTTPClientError) {
        var offset = 0
        while offset < bytes.count {
            guard socket.arm(SO_SNDTIMEO, deadline: deadline), socket.arm(SO_RCVTIMEO, deadline: deadline) else {
                throw HTTPClientError(.timeout, "timed out sending the request")
            }
            let count = Int32(clamping: bytes.count - offset)
            let written = bytes.withUnsafeBytes { SSL_write(ssl, $0.baseAddress! + offset, count) }
            if written > 0 {
                offset += Int(written)
            } else if try !shouldRetry(written, doing: "sending the request", kind: .send) {
                throw HTTPClientError(.send, "TLS: sending the request failed: \(TLSContext.lastError())")
            }
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, deadline: Int64) throws(HTTPClientError) -> Int {
        while true {
            guard socket.arm(SO_RCVTIMEO, deadline: deadline), socket.arm(SO_SNDTIMEO, deadline: deadline) else {
                throw HTTPClientError(.timeout, "timed out waiting for the response")
            }
            let count = SSL_read(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
            if count > 0 { return Int(count) }
            if SSL_get_error(ssl, count) == SSL_ERROR_ZERO_RETURN { return 0 }
            if try !shouldRetry(count, doing: "reading the response") {
                throw HTTPClientError(.receive, "TLS: reading the response failed: \(TLSContext.lastError())")
            }
        }
    }

    /// Sends close_notify without waiting for the peer's, then closes the socket.
    func close() {
        _ = SSL_shutdown(ssl)
        ERR_clear_error()
        socket.close()
    }

    private static func isAddressLiteral(_ host: String) -> Bool {
        var storage = in6_addr()
        return inet_pton(AF_INET, host, &storage) == 1 || inet_pton(AF_INET6, host, &storage) == 1
    }
}
