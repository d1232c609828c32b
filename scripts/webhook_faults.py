#!/usr/bin/env python3
"""Webhook receivers that misbehave, against a real tap-sandbox binary (docs/robustness.md), loopback only.

Receivers: refusing (a closed port), hanging (accepts, never answers), slow-drip (a byte a second),
huge (a 200 with a 64 MB body: a success, read only up to the logged cap, never to the end), redirecting
(302, which must not be followed), plain HTTP behind an https:// URL, and a self-signed https server
without --webhook-insecure-tls. Each gets more deliveries than the sandbox gives one receiver threads (4).
Meanwhile a healthy receiver must get its webhooks at once, and every faulty delivery must end (ERROR
with the reason in the delivery log) within the webhook timeout. Two waves run; after each, once the
timeouts have passed, the sandbox's descriptors must be back to the baseline and its threads within the
delivery pool's bound (32 threads, started on demand and kept).

  python3 scripts/webhook_faults.py --binary .build/debug/tap-sandbox      # ~15 s, in CI

Standard library only (plus the openssl CLI for the self-signed receiver, skipped without it).
"""

import argparse
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_process import APIClient, SandboxProcess, WebhookReceiver  # noqa: E402

KEY = "sk_test_WebhookFaults42"
TIMEOUT_MS = 2000
PER_RECEIVER = 4  # WebhookSettings.perReceiverLimit
POOL = 32  # WebhookSettings.workerThreads
CARD = {"number": "4012000033330026", "exp_month": 1, "exp_year": 2039, "cvc": "100", "name": "Faults"}


class RawReceiver(threading.Thread):
    """A loopback TCP server running `behave(connection)` on a thread per connection."""

    def __init__(self, behave, wrap=None):
        super().__init__(daemon=True)
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.behave = behave
        self.wrap = wrap
        self.connections = []
        self.start()

    def run(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)
            threading.Thread(target=self.serve, args=(connection,), daemon=True).start()

    def serve(self, connection):
        try:
            if self.wrap:
                connection = self.wrap(connection)
            read_request(connection)
            self.behave(connection)
        except (OSError, ssl.SSLError):
            pass

    def close(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


def read_request(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return data


def hang(connection):
    time.sleep(3600)


def drip(connection):
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
    for _ in range(100):
        time.sleep(1)
        connection.sendall(b"x")


def huge(connection):
    size = 64 * 1024 * 1024
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size)
    block = b"x" * 65536
    for _ in range(size // len(block)):
        connection.sendall(block)  # ends with a broken pipe once the sandbox stops reading


def redirect_to(url):
    def behave(connection):
        connection.sendall(b"HTTP/1.1 302 Found\r\nLocation: " + url.encode() + b"\r\nContent-Length: 0\r\n\r\n")
    return behave


def self_signed_context(folder):
    key, cert = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return lambda connection: context.wrap_socket(connection, server_side=True)


def closed_port():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


class Run:
    def __init__(self, port):
        self.api = APIClient(port, KEY)
        self.failures = []

    def charge(self, url):
        status, token = self.api.call("POST", "/v2/tokens", {"card": CARD})
        status, charge = self.api.call("POST", "/v2/charges", {
            "amount": 1, "currency": "KWD", "source": {"id": token["id"]}, "threeDSecure": False,
            "customer": {"first_name": "F", "email": "f@example.com"}, "post": {"url": url},
            "reference": {"transaction": "t", "order": "o"}})
        if status != 200 or charge.get("status") != "CAPTURED":
            self.failures.append(f"charge for {url} answered {status}: {str(charge)[:200]}")
        return charge.get("id")

    def deliveries(self):
        return self.api.call("GET", "/_sandbox/webhooks")[1]["deliveries"]


def wave(run, faulty, healthy, expected_errors):
    """Sends PER_RECEIVER + 2 deliveries to each faulty receiver, then 5 to the healthy one, and checks
    that the healthy ones arrive at once and every faulty one ends as ERROR for the expected reason."""
    ids = {name: [run.charge(url) for _ in range(PER_RECEIVER + 2)] for name, url in faulty.items()}
    arrivals_before = healthy.received
    healthy_url = healthy.url
    sent = {run.charge(healthy_url): time.monotonic() for _ in range(5)}
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while healthy.received < arrivals_before + 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    latencies = [arrived - sent[object_id] for arrived, object_id in healthy.arrivals if object_id in sent]
    if len(latencies) < 5:
        run.failures.append(f"healthy receiver got {len(latencies)} of 5 webhooks within the timeout")
    # Two rounds of timeouts at most: PER_RECEIVER + 2 deliveries share PER_RECEIVER threads.
    deadline = time.monotonic() + 2 * TIMEOUT_MS / 1000 + 5
    wanted = {object_id for batch in ids.values() for object_id in batch}
    while time.monotonic() < deadline:
        finished = {d["object_id"] for d in run.deliveries()
                    if d["object_id"] in wanted and d["status"] in ("ERROR", "SUCCESS")}
        if finished == wanted:
            break
        time.sleep(0.2)
    by_object = {d["object_id"]: d for d in run.deliveries()}
    for name, batch in ids.items():
        for object_id in batch:
            delivery = by_object.get(object_id, {})
            attempt = (delivery.get("attempts") or [{}])[-1]
            outcome = (attempt.get("error") or "").lower() if delivery.get("status") == "ERROR" else \
                f"{delivery.get('status')} {attempt.get('latency_ms')}".lower()
            if expected_errors[name] not in outcome:
                run.failures.append(f"{name}: delivery ended {outcome!r}, expected {expected_errors[name]!r}")
    return max(latencies, default=0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--json", help="write the figures here")
    options = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="webhook-faults-")
    healthy = WebhookReceiver()
    receivers = {"hanging": RawReceiver(hang), "slow-drip": RawReceiver(drip), "huge": RawReceiver(huge),
                 "redirect": RawReceiver(redirect_to(f"http://127.0.0.1:{healthy.server_address[1]}/moved"))}
    plain = RawReceiver(lambda connection: connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))
    faulty = {name: f"http://127.0.0.1:{receiver.port}/hook" for name, receiver in receivers.items()}
    faulty["refusing"] = f"http://127.0.0.1:{closed_port()}/hook"
    faulty["plain-http-on-https"] = f"https://127.0.0.1:{plain.port}/hook"
    expected = {"hanging": "timed out", "slow-drip": "timed out", "huge": "success", "redirect": "not followed",
                "refusing": "refused", "plain-http-on-https": "tls", "self-signed": "certificate"}
    if shutil.which("openssl"):
        receivers["self-signed"] = RawReceiver(lambda c: None, wrap=self_signed_context(folder))
        faulty["self-signed"] = f"https://127.0.0.1:{receivers['self-signed'].port}/hook"

    sandbox = SandboxProcess(options.binary, "--webhook-timeout-ms", str(TIMEOUT_MS), "--webhook-retry-delays", "none")
    run = Run(sandbox.port)
    figures = {}
    try:
        run.charge(healthy.url)  # warm up: one delivery thread
        time.sleep(0.5)
        baseline = sandbox.sample()
        samples = []
        latencies = []
        for _ in range(2):
            latencies.append(wave(run, faulty, healthy, expected))
            fds = sandbox.wait_for_fds(baseline["fds"] + 1, deadline=time.monotonic() + TIMEOUT_MS / 1000 + 5)
            sample = sandbox.sample()
            sample["fds"] = fds
            samples.append(sample)
            if fds > baseline["fds"] + 1:
                run.failures.append(f"descriptors: {fds} after a wave, {baseline['fds']} before")
            if sample["threads"] > baseline["threads"] + POOL:
                run.failures.append(f"threads: {sample['threads']} after a wave, beyond the pool's bound")
        if not sandbox.alive():
            run.failures.append("the sandbox died")
        figures = {"receivers": sorted(faulty), "deliveries_per_receiver_per_wave": PER_RECEIVER + 2,
                   "healthy_max_latency_ms": round(1000 * max(latencies), 1), "baseline": baseline,
                   "after_waves": samples, "failures": run.failures}
    finally:
        run.api.close()
        sandbox.stop()
        for receiver in [*receivers.values(), plain]:
            receiver.close()
        healthy.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(figures, indent=2))
    if options.json:
        with open(options.json, "w") as output:
            json.dump(figures, output, indent=2)
    print(f"webhook faults: {len(faulty)} faulty receivers x {PER_RECEIVER + 2} deliveries x 2 waves; healthy "
          f"receiver max {figures.get('healthy_max_latency_ms')} ms; fds {figures['baseline']['fds']} -> "
          f"{[s['fds'] for s in figures['after_waves']]}, threads {figures['baseline']['threads']} -> "
          f"{[s['threads'] for s in figures['after_waves']]}; "
          + ("OK" if not run.failures else f"{len(run.failures)} FAILURE(S)"))
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main())
