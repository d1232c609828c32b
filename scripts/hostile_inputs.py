"""The malformed inputs of scripts/hostile_clients.py: each case is a raw request and the statuses it may get.
Standard library only."""

import json

KEY = "sk_test_HostileClients42"
CHARGE = {"amount": 1.5, "currency": "KWD", "source": {"id": "src_all"}, "threeDSecure": True,
          "customer": {"first_name": "Well", "email": "well@example.com"},
          "redirect": {"url": "http://127.0.0.1:9/return"}, "reference": {"transaction": "t", "order": "o"}}


def post(path, body, *headers, content_type=b"application/json"):
    head = [b"POST " + path + b" HTTP/1.1", b"Host: 127.0.0.1", b"Authorization: Bearer " + KEY.encode(),
            b"Content-Type: " + content_type, b"Content-Length: " + str(len(body)).encode(), *headers]
    return b"\r\n".join(head) + b"\r\n\r\n" + body


def malformed_cases():
    """(name, raw request, acceptable statuses): each is one malformed input."""
    smuggled = b"GET /_sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n"
    charge = json.dumps(CHARGE).encode()
    auth = b"Authorization: Bearer " + KEY.encode()
    return [
        ("oversized header", b"GET /v2/charges/x HTTP/1.1\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n", {431}),
        ("too many headers", b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(150)) + b"\r\n",
         {431}),
        ("oversized target", b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\n\r\n", {431}),
        ("space before colon", b"GET / HTTP/1.1\r\nHost : x\r\n\r\n", {400}),
        ("no colon", b"GET / HTTP/1.1\r\nHost\r\n\r\n", {400}),
        ("bad header name", b"GET / HTTP/1.1\r\nX(y): 1\r\n\r\n", {400}),
        ("obs-fold", b"GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n", {400}),
        ("bare CR", b"GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", {400}),
        ("bare CR line end", b"GET / HTTP/1.1\rHost: x\r\n\r\n", {400}),
        ("NUL in header", b"GET / HTTP/1.1\r\nX: a\x00b\r\n\r\n", {400}),
        ("NUL in target", b"GET /v2/\x00 HTTP/1.1\r\n\r\n", {400}),
        ("control in header", b"GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n", {400}),
        ("invalid UTF-8 in target", b"GET /v2/charges/\xc3\x28 HTTP/1.1\r\n" + auth + b"\r\n\r\n", {400}),
        ("invalid UTF-8 escaped in target", b"GET /v2/charges/%C3%28 HTTP/1.1\r\n" + auth + b"\r\n\r\n",
         {400, 404}),
        ("invalid UTF-8 in header value", b"GET /v2/charges/x HTTP/1.1\r\n" + auth + b"\r\nX: \xff\xfe\r\n\r\n",
         {404}),
        ("invalid UTF-8 in key", b"GET /v2/charges/x HTTP/1.1\r\nAuthorization: Bearer sk_test_\xff\r\n\r\n",
         {401}),
        ("invalid UTF-8 in JSON", post(b"/v2/charges", b'{"description":"\xc3\x28"}'), {400}),
        ("lone surrogate in JSON", post(b"/v2/charges", b'{"description":"\\ud800"}'), {400}),
        ("NUL in JSON", post(b"/v2/charges", b'{"description":"a\x00b"}'), {400}),
        ("NUL body", post(b"/v2/charges", b"\x00" * 64), {400}),
        ("deep JSON arrays", post(b"/v2/charges", b"[" * 100000 + b"]" * 100000), {400}),
        ("deep JSON objects", post(b"/v2/charges", b'{"a":' * 50000 + b"1" + b"}" * 50000), {400}),
        ("deep form", post(b"/v2/charges", b"a" + b"[a]" * 5000 + b"=1",
                           content_type=b"application/x-www-form-urlencoded"), {400}),
        ("huge exponent", post(b"/v2/charges", charge.replace(b'"amount": 1.5', b'"amount": 1e999999999')), {400}),
        ("huge integer", post(b"/v2/charges", charge.replace(b'"amount": 1.5', b'"amount": ' + b"9" * 5000)),
         {400}),
        ("tiny exponent", post(b"/v2/charges", charge.replace(b'"amount": 1.5', b'"amount": 1e-999999')), {400}),
        ("huge limit", post(b"/v2/charges/list", b'{"limit":' + b"9" * 400 + b"}"), {400}),
        ("huge clock advance", post(b"/_sandbox/clock/advance", b'{"seconds":1e308}'), {400}),
        ("body over the limit", post(b"/v2/charges", b" " * 1100000), {413}),
        ("CL and TE", post(b"/v2/charges", b"0\r\n\r\n" + smuggled, b"Transfer-Encoding: chunked"), {400}),
        ("TE and CL", b"POST /v2/charges HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 50\r\n\r\n"
         b"0\r\n\r\n" + smuggled, {400}),
        ("duplicated CL", b"POST /v2/charges HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 44\r\n\r\n" + smuggled,
         {400}),
        ("CL list", b"POST /v2/charges HTTP/1.1\r\nContent-Length: 0, 44\r\n\r\n" + smuggled, {400}),
        ("CL with sign", b"POST /v2/charges HTTP/1.1\r\nContent-Length: +44\r\n\r\n" + smuggled, {400}),
        ("TE obs-fold", b"POST /v2/charges HTTP/1.1\r\nX: 1\r\n Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
         + smuggled, {400}),
        ("TE vertical tab", b"POST /v2/charges HTTP/1.1\r\nTransfer-Encoding: \x0bchunked\r\n\r\n0\r\n\r\n"
         + smuggled, {400}),
        ("TE unknown", b"POST /v2/charges HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n" + smuggled,
         {501}),
        ("TE in HTTP/1.0", b"POST /v2/charges HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled,
         {400}),
        ("bare CR before TE", b"POST /v2/charges HTTP/1.1\r\nX: 1\rTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
         + smuggled, {400}),
        ("bad chunk size", b"POST /v2/charges HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + smuggled, {400}),
        ("chunk size overflow", b"POST /v2/charges HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
         b"fffffffffffffffffff\r\n" + smuggled, {400}),
        ("HTTP/2 preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", {505}),
        ("TLS hello", bytes.fromhex("16030100a5010000a10303") + bytes(range(32)) + b"\r\n\r\n", {400}),
        ("lowercase method", b"get / HTTP/1.1\r\n\r\n", {404, 405}),
        ("unknown method", b"BREW /v2/charges HTTP/1.1\r\n" + auth + b"\r\n\r\n", {404, 405}),
    ]


def garbage(attack):
    """Random bytes, sometimes behind a valid request line, ended as a head so the server answers."""
    prefix = attack.random.choice([b"", b"GET / HTTP/1.1\r\n", b"POST /v2/charges HTTP/1.1\r\n"])
    size = attack.random.randint(1, 600)
    body = bytes(attack.random.getrandbits(8) for _ in range(size))
    return prefix + body + b"\r\n\r\n"
