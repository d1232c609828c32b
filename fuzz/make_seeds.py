#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (docs/robustness.md) into fuzz/corpus/.

http-parser: the bytes real clients put on the wire, captured on a loopback socket (curl, Python's
urllib and http.client, a wrk-style pipelined GET), plus every request string of the parser's own test
table (Tests/TapSandboxTests/HTTP/HTTPRequestParserTests.swift) and hand-written smuggling attempts.

request-bodies: for each route of Sources/TapSandboxFuzzing/FuzzRoute.swift, two selector bytes (route
index, content-type index) followed by a valid body, id, query or key, plus the hostile values of
Tests/TapSandboxTests/API/HostileInputTests.swift spliced into a valid charge.

Standard library only; run from anywhere: python3 fuzz/make_seeds.py. Existing seed files are replaced.
"""

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
KEY = "sk_test_FuzzRequestBodies42"


def capture(send):
    """Runs send(port) against a loopback socket that answers 200 to every request; returns the bytes read."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(10)
    received = bytearray()

    def serve():
        connection, _ = listener.accept()
        connection.settimeout(0.3)
        try:
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                received.extend(chunk)
                if received.endswith(b"\r\n\r\n") or b"\r\n0\r\n\r\n" in received or len(chunk) < 65536:
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        except socket.timeout:
            pass
        connection.close()

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        send(listener.getsockname()[1])
    except Exception:
        pass  # the capture is what matters, not the answer
    thread.join(timeout=10)
    listener.close()
    return bytes(received)


def curl(*arguments):
    def send(port):
        subprocess.run(["curl", "-s", "-o", "/dev/null", "--noproxy", "*", "--max-time", "2", *arguments,
                        f"http://127.0.0.1:{port}/v2/charges"], check=False)
    return send


def urllib_post(port):
    body = json.dumps({"amount": 1.5, "currency": "KWD", "source": {"id": "src_all"}}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v2/charges", data=body, method="POST",
                                     headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
    urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request, timeout=2).read()


def http_client_chunked(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    connection.request("POST", "/v2/charges/list", body=iter([b'{"limit":', b"25}"]), encode_chunked=True,
                       headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
    connection.getresponse().read()


def wrk_style(port):
    connection = socket.create_connection(("127.0.0.1", port), timeout=2)
    connection.sendall(b"GET /_sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * 3)
    connection.close()


def swift_string(literal):
    """The bytes of a Swift string literal body with \\r \\n \\t \\" \\\\ and \\u{XX} escapes."""
    escapes = {"r": "\r", "n": "\n", "t": "\t", '"': '"', "\\": "\\", "0": "\0"}
    text = re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), literal)
    text = re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(1)), text)
    return text.encode("utf-8")


def parser_test_table():
    path = os.path.join(ROOT, "Tests", "TapSandboxTests", "HTTP", "HTTPRequestParserTests.swift")
    with open(path, encoding="utf-8") as source:
        literals = re.findall(r'"((?:[^"\\]|\\.)*\\r\\n(?:[^"\\]|\\.)*)"', source.read())
    return [swift_string(literal) for literal in literals]


SMUGGLING = [
    b"POST /v2/charges HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    b"POST /v2/charges HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\nGET / HTTP/1.1\r\n\r\n",
    b"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
    b"POST / HTTP/1.1\r\nTransfer-Encoding: \x0bchunked\r\n\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nTransfer-Encoding:\tchunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nX: a\r\n Transfer-Encoding: chunked\r\n\r\n",
    b"GET / HTTP/1.1\rHost: a\r\n\r\n",
    b"GET / HTTP/1.1\nHost: a\n\nGET /2 HTTP/1.1\n\n",
    b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b;c\r\nhello\r\n0\r\nTrailer: x\r\n\r\n",
    b"POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nhi",
]


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as output:
        output.write(data)


def http_seeds():
    folder = os.path.join(CORPUS, "http-parser")
    shutil.rmtree(folder, ignore_errors=True)
    clients = {
        "curl-get": curl("-H", f"Authorization: Bearer {KEY}"),
        "curl-post-json": curl("-H", f"Authorization: Bearer {KEY}", "-H", "Content-Type: application/json",
                               "--data", '{"amount":1.5,"currency":"KWD","source":{"id":"src_all"}}'),
        "curl-post-form": curl("-u", f"{KEY}:", "--data", "amount=1.5&currency=KWD&source[id]=src_all"),
        "curl-chunked": curl("-H", "Transfer-Encoding: chunked", "--data", '{"limit":25}'),
        "curl-put": curl("-X", "PUT", "-H", "Content-Type: application/json", "--data", '{"description":"x"}'),
        "urllib-post": urllib_post,
        "http-client-chunked": http_client_chunked,
        "wrk-pipelined": wrk_style,
    }
    for name, send in clients.items():
        data = capture(send)
        if data:
            write(folder, name, data)
    for index, data in enumerate(parser_test_table()):
        write(folder, f"test-table-{index:02d}", data)
    for index, data in enumerate(SMUGGLING):
        write(folder, f"smuggling-{index:02d}", data)


def route_index(pattern, kind="body", method=None):
    """The index of a route in FuzzRoute.all, read from the Swift source so the two cannot drift."""
    path = os.path.join(ROOT, "Sources", "TapSandboxFuzzing", "FuzzRoute.swift")
    with open(path, encoding="utf-8") as source:
        routes = re.findall(r'FuzzRoute\(method: \.(\w+), pattern: "([^"]+)", input: \.(\w+)[,)]', source.read())
    return next(index for index, route in enumerate(routes)
                if route[1] == pattern and route[2] == kind and method in (None, route[0]))


CONTENT_TYPES = {"json": 0, "form": 1, "text": 2, "none": 3, "json-charset": 4}
CHARGE = {"amount": 1.5, "currency": "KWD", "threeDSecure": True, "save_card": False, "description": "Test",
          "metadata": {"udf1": "x"}, "reference": {"transaction": "txn_1", "order": "ord_1"},
          "receipt": {"email": True, "sms": False},
          "customer": {"first_name": "Test", "email": "test@example.com",
                       "phone": {"country_code": "965", "number": "51234567"}},
          "source": {"id": "src_all"}, "post": {"url": "http://127.0.0.1:9/post"},
          "redirect": {"url": "http://127.0.0.1:9/return"}}
HOSTILE_VALUES = ["null", '""', "[]", "{}", "true", "0", "-1", "1e999999", "-1e-999999",
                  "123456789012345678901234567890", '"\\u0000"', '"\\ud800"', "[[[[[[[[]]]]]]]]",
                  '"\\ud83d\\ude00\\u202e\\ufeff"', '"=1+1"', '["a",{"id":null}]', "1.0005", "0.001", "-0"]


def body_seeds():
    folder = os.path.join(CORPUS, "request-bodies")
    shutil.rmtree(folder, ignore_errors=True)

    def seed(name, pattern, body, content="json", kind="body", method=None):
        data = body if isinstance(body, bytes) else body.encode()
        write(folder, name, bytes([route_index(pattern, kind, method), CONTENT_TYPES[content]]) + data)

    charge = json.dumps(CHARGE)
    seed("charge-create", "/v2/charges", charge)
    seed("charge-create-form", "/v2/charges",
         "amount=1.5&currency=KWD&source[id]=src_all&customer[first_name]=T&customer[email]=t@example.com"
         "&redirect[url]=http://127.0.0.1:9/r&metadata[udf1]=x&threeDSecure=true", "form")
    seed("charge-update", "/v2/charges/{charge}", '{"description":"new","metadata":{"udf2":"y"},'
         '"receipt":{"email":false},"reference":{"order":"o2"}}')
    seed("charge-list", "/v2/charges/list", '{"period":{"date":{"from":0,"to":99999999999999}},'
         '"status":"INITIATED","limit":25,"starting_after":"","order":"chronological"}')
    seed("charge-download", "/v2/charges/download", '{"period":{"date":{"from":0,"to":99999999999999}}}')
    seed("authorize-create", "/v2/authorize", json.dumps({**CHARGE, "auto": {"type": "VOID", "time": 100}}))
    seed("authorize-update", "/v2/authorize/{authorize}", '{"description":"d","metadata":{"udf1":"z"}}')
    seed("authorize-void", "/v2/authorize/{authorize}/void", "{}")
    seed("authorize-list", "/v2/authorize/list", '{"limit":2,"order":"reverse_chronological"}')
    seed("authorize-download", "/v2/authorize/download", "{}")
    seed("token-create", "/v2/tokens", '{"card":{"number":"4508750015741019","exp_month":1,"exp_year":2039,'
         '"cvc":"100","name":"Test User","address":{"country":"Kuwait","line1":"x"}},"client_ip":"10.0.0.1"}')
    seed("token-saved-card", "/v2/tokens", '{"saved_card":{"card_id":"card_x","customer_id":"cus_x"}}')
    seed("customer-create", "/v2/customers", '{"first_name":"Sara","middle_name":"M","last_name":"A",'
         '"email":"sara@example.com","phone":{"country_code":"965","number":"51234567"},"currency":"KWD",'
         '"description":"d","metadata":{"a":"b"},"nationality":"KW"}')
    seed("customer-update", "/v2/customers/{customer}", '{"last_name":"B","email":"b@example.com"}')
    seed("customer-list", "/v2/customers/list", '{"limit":25,"period":{"date":{"from":0,"to":9999999999999}}}')
    seed("card-save", "/v2/card/{customer}", '{"source":"tok_x"}')
    seed("hosted-approve", "/_sandbox/pay/{charge}", "action=approve&card=4508750015741019&expiry=01%2F39&cvc=100",
         "form")
    seed("hosted-decline", "/_sandbox/pay/{charge}", "action=decline", "form")
    seed("clock-advance", "/_sandbox/clock/advance", '{"seconds":3600}')
    seed("clock-advance-ms", "/_sandbox/clock/advance", '{"milliseconds":9223372036854775807}')
    for pattern, value in [("/v2/charges/{input}", "chg_TS01A0000000000Order0101001"),
                           ("/v2/authorize/{input}", "auth_x"), ("/v2/tokens/{input}", "tok_x"),
                           ("/v2/customers/{input}", "cus_x"), ("/v2/card/{customer}/{input}", "card_x")]:
        seed("id-" + pattern.split("/")[2], pattern, value, kind="pathSegment")
    seed("id-delete-customer", "/v2/customers/{input}", "cus_%00", kind="pathSegment", method="delete")
    seed("query-webhooks", "/_sandbox/webhooks", "object_id=chg_x&limit=5", kind="query")
    seed("query-requests", "/_sandbox/requests", "limit=10&since=0", kind="query")
    seed("query-hosted-page", "/_sandbox/pay/{charge}", "lang=ar", kind="query")
    seed("refund-create", "/v2/refunds", '{"charge_id":"{captured}","amount":0.5,"currency":"KWD","reason":"r",'
         '"reference":{"merchant":"m1"},"metadata":{"udf1":"x"},"post":{"url":"http://127.0.0.1:9/post"}}')
    seed("refund-update", "/v2/refunds/{refund}", '{"description":"d","metadata":{"udf2":"y"}}')
    seed("refund-list", "/v2/refunds/list", '{"limit":25,"status":"PENDING","period":{"date":{"from":0}}}')
    seed("id-refunds", "/v2/refunds/{input}", "re_x", kind="pathSegment")
    seed("payout-list", "/v2/payouts/list", '{"limit":25,"period":{"date":{"from":0,"to":9999999999999}}}')
    seed("payout-download", "/v2/payouts/download", '{"payouts":{"payout_id":["payout_00000000000001"]}}')
    seed("payout-settle", "/_sandbox/payouts/settle", "")
    seed("payout-settings", "/_sandbox/payouts/settings", '{"webhook_url":"http://127.0.0.1:9/payouts","daily":true}')
    with open(os.path.join(ROOT, "scenarios", "webhook-delayed.json"), encoding="utf-8") as scenario:
        seed("scenario-add", "/_sandbox/scenarios", scenario.read())
    seed("scenario-add-automatic", "/_sandbox/scenarios", '{"scenarios":[{"name":"fuzz-big","automatic":true,'
         '"match":{"resource":["charge"],"operation":"create","amount":{"min":"1000"}},"status":"DECLINED"}]}')
    seed("authorization", "/v2/charges/{charge}", f"Bearer {KEY}", kind="authorization")
    seed("authorization-basic", "/v2/charges/{charge}", "Basic c2tfdGVzdF94Og==", kind="authorization")
    for field in ["amount", "currency", "source", "customer", "redirect", "post", "reference", "metadata"]:
        for index, value in enumerate(HOSTILE_VALUES):
            body = charge.replace(f'"{field}": ' + json.dumps(CHARGE[field]), f'"{field}": {value}')
            seed(f"charge-hostile-{field}-{index:02d}", "/v2/charges", body)
    seed("deep-nesting", "/v2/charges", "[" * 100 + "]" * 100)
    seed("invalid-utf8", "/v2/charges", b'{"description":"\xc3\x28"}')
    seed("nul-in-json", "/v2/charges", b'{"description":"a\x00b"}')
    seed("bom", "/v2/charges", b"\xef\xbb\xbf{}")


if __name__ == "__main__":
    http_seeds()
    body_seeds()
    for name in sorted(os.listdir(CORPUS)):
        print(f"fuzz/corpus/{name}: {len(os.listdir(os.path.join(CORPUS, name)))} seeds")
