#!/usr/bin/env python3
"""Hostile clients against a real tap-sandbox binary (docs/robustness.md), loopback only.

Starts the binary on port 0 and, while a well-behaved client (its own process, so the attackers' Python
threads cannot slow it) creates and retrieves a charge every 20 ms and checks each answer, attacks it:
slowloris (hundreds of half-open heads and bodies dripped a byte a second, and silent connections),
oversized and malformed headers, invalid UTF-8, deeply nested JSON, huge numbers, NUL bytes, request
smuggling (Content-Length with Transfer-Encoding, duplicated Content-Length, obs-fold, bare CR), random
garbage, disconnects mid-body and mid-response (a client closing before reading a large list or CSV
download). Every malformed request gets its 4xx (the only 5xx are RFC 9112's 501 and 505) with Tap's
error envelope, and no smuggled request may be answered. Afterwards the
descriptors must come back to the baseline once the 10 s request timeout has closed the slowloris
connections (polled, with a deadline), and RSS must come back near the baseline after a reset.

  python3 scripts/hostile_clients.py --binary .build/debug/tap-sandbox            # short, for CI (~15 s)
  python3 scripts/hostile_clients.py --binary .build/release/tap-sandbox --duration 300 --slowloris 800 \
      --charges 2000

Prints a summary and, with --json FILE, writes the figures. Exits 1 when any check fails.
"""

import argparse
import json
import multiprocessing
import os
import random
import socket
import struct
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile_inputs import CHARGE, KEY, garbage, malformed_cases, post  # noqa: E402
from sandbox_process import APIClient, SandboxProcess, percentile  # noqa: E402

REQUEST_TIMEOUT_S = 10  # HTTPServerOptions.requestTimeoutMs
LINGER_S = 2  # Connection.lingerMs: a refused connection drains this long before closing


def well_behaved(port, stop, results, interval=0.02):
    """Creates and retrieves a charge every `interval` s until `stop` is set; every 10th on a new
    connection (the accept path under attack). Sends its figures through `results`."""
    client = APIClient(port, KEY)
    latencies, errors, checks = [], [], 0
    iteration = 0
    while not stop.is_set():
        started = time.monotonic()
        iteration += 1
        try:
            begin = time.monotonic()
            status, charge = client.call("POST", "/v2/charges", CHARGE, fresh=iteration % 10 == 0)
            latencies.append(time.monotonic() - begin)
            if status != 200 or not str(charge.get("id", "")).startswith("chg_") \
                    or charge.get("status") != "INITIATED" or charge.get("amount") != 1.5:
                errors.append(f"create answered {status}: {str(charge)[:200]}")
                continue
            begin = time.monotonic()
            status, again = client.call("GET", f"/v2/charges/{charge['id']}")
            latencies.append(time.monotonic() - begin)
            if status != 200 or again.get("id") != charge["id"] or again.get("status") != "INITIATED":
                errors.append(f"retrieve answered {status}: {str(again)[:200]}")
            checks += 2
        except Exception as error:  # a timeout or reset is exactly what must not happen
            errors.append(f"{type(error).__name__}: {error}")
        time.sleep(max(0.0, interval - (time.monotonic() - started)))
    client.close()
    results.put({"requests": len(latencies), "checks": checks, "errors": errors[:20], "error_count": len(errors),
                 "max_ms": 1000 * max(latencies, default=0), "p99_ms": 1000 * percentile(latencies, 0.99),
                 "p50_ms": 1000 * percentile(latencies, 0.5)})


class Attack:
    """The attackers' shared bookkeeping."""

    def __init__(self, port, seed):
        self.port = port
        self.random = random.Random(seed)
        self.requests = 0
        self.malformed = 0
        self.failures = []

    def connect(self, timeout=5):
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    def exchange(self, payload, timeout=5):
        """Sends payload, half-closes, reads to the end; returns the bytes answered."""
        sock = self.connect(timeout)
        try:
            try:
                sock.sendall(payload)
                sock.shutdown(socket.SHUT_WR)
            except OSError:
                pass  # the server may refuse and close before reading everything: read its answer
            chunks = []
            while True:
                try:
                    chunk = sock.recv(65536)
                except socket.timeout:
                    self.failures.append(f"no end of answer within {timeout} s to {payload[:60]!r}")
                    break
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            sock.close()

    def expect(self, name, payload, statuses, malformed=True):
        """One request that must be answered with one of `statuses` and nothing more (no smuggled answer).
        The only 5xx expected are RFC 9112's own: 501 for an unknown transfer coding, 505 for HTTP/2."""
        self.requests += 1
        self.malformed += 1 if malformed else 0
        answer = self.exchange(payload)
        status_lines = [line for line in answer.split(b"\r\n") if line.startswith(b"HTTP/1.1 ")]
        codes = [int(line.split()[1]) for line in status_lines]
        if not codes:
            self.failures.append(f"{name}: no answer")
        elif codes[0] not in statuses:
            self.failures.append(f"{name}: answered {codes[0]}, expected {sorted(statuses)}: {answer[:300]!r}")
        elif len(codes) > 1 and not (len(codes) == 2 and codes[0] == 100):
            self.failures.append(f"{name}: {len(codes)} answers {codes}: a smuggled request was served")
        elif codes[0] >= 400 and b'"errors":[{"code":"' not in answer.replace(b" ", b"").replace(b"\n", b""):
            self.failures.append(f"{name}: {codes[0]} without Tap's error envelope: {answer[:300]!r}")


def random_garbage(attack, count):
    for _ in range(count):
        payload = garbage(attack)
        attack.requests += 1
        attack.malformed += 1
        answer = attack.exchange(payload)
        if answer.startswith(b"HTTP/1.1 5"):
            attack.failures.append(f"garbage answered {answer[:40]!r} to {payload[:80]!r}")


def disconnect_mid_body(attack, count):
    """Announces a body and closes halfway, half the time with a reset (SO_LINGER 0)."""
    body = json.dumps(CHARGE).encode()
    for index in range(count):
        sock = attack.connect()
        sock.sendall(post(b"/v2/charges", body)[: -len(body) // 2])
        if index % 2:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
        attack.requests += 1
        attack.malformed += 1


def disconnect_mid_response(attack, count):
    """Asks for large answers (a 50-charge list, the CSV download of every charge, pipelined) and
    closes after reading a few bytes, or none, half the time with a reset."""
    requests = [post(b"/v2/charges/list", b'{"limit":50}'), post(b"/v2/charges/download", b"{}")]
    for index in range(count):
        sock = attack.connect()
        sock.sendall(requests[index % 2] * (1 + index % 8))
        attack.requests += 1 + index % 8
        if index % 3:
            try:
                sock.recv(100)
            except OSError:
                pass
        if index % 2:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


class Slowloris(threading.Thread):
    """Opens `count` connections that never finish their request: half send a head a byte a second, half
    a complete head whose body drips. The server must answer 408 after its request timeout and close."""

    def __init__(self, attack, count):
        super().__init__(daemon=True)
        self.attack = attack
        self.sockets = []
        for index in range(count):
            sock = attack.connect()
            if index % 2:
                sock.sendall(b"POST /v2/charges HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{")
            else:
                sock.sendall(b"POST /v2/charges HTTP/1.1\r\nHost: x\r\n")
            sock.setblocking(False)
            self.sockets.append(sock)
        attack.requests += count
        attack.malformed += count
        self.opened = time.monotonic()
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(1.0):
            for sock in self.sockets:
                try:
                    sock.send(b"a")
                except OSError:
                    pass  # answered and closed by the server: the point

    def answered_408(self, deadline):
        """How many sockets received a 408, waiting until the deadline."""
        pending = {sock: b"" for sock in self.sockets}
        answered = 0
        while pending and time.monotonic() < deadline:
            for sock in list(pending):
                try:
                    data = sock.recv(4096)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                pending[sock] += data
                if b" 408 " in pending[sock].split(b"\r\n", 1)[0] or not data:
                    answered += b" 408 " in pending[sock].split(b"\r\n", 1)[0]
                    del pending[sock]
            time.sleep(0.05)
        return answered

    def close(self):
        self.stopped.set()
        for sock in self.sockets:
            sock.close()


def attack_rounds(attack, duration, garbage_per_round, disconnects_per_round):
    cases = malformed_cases()
    deadline = time.monotonic() + duration
    rounds = 0
    while True:
        rounds += 1
        for name, payload, statuses in cases:
            attack.expect(name, payload, statuses)
        random_garbage(attack, garbage_per_round)
        disconnect_mid_body(attack, disconnects_per_round)
        disconnect_mid_response(attack, disconnects_per_round)
        if time.monotonic() >= deadline:
            return rounds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--duration", type=float, default=8, help="seconds of attack rounds [8]")
    parser.add_argument("--slowloris", type=int, default=200, help="half-open connections [200]")
    parser.add_argument("--silent", type=int, default=100, help="connections that never send a byte [100]")
    parser.add_argument("--garbage", type=int, default=100, help="random inputs per round [100]")
    parser.add_argument("--disconnects", type=int, default=20, help="abrupt disconnects per round and kind [20]")
    parser.add_argument("--charges", type=int, default=300, help="charges behind the large answers [300]")
    parser.add_argument("--max-latency-ms", type=float, default=2000,
                        help="the well-behaved client's bound: a starvation guard, generous for debug builds [2000]")
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--seed", type=int, default=9)
    options = parser.parse_args()

    sandbox = SandboxProcess(options.binary)
    failures = []
    try:
        setup = APIClient(sandbox.port, KEY)
        for _ in range(options.charges):  # behind the large list and CSV answers
            setup.call("POST", "/v2/charges", CHARGE)
        setup.close()
        time.sleep(0.5)
        baseline = sandbox.sample()

        stop = multiprocessing.Event()
        results = multiprocessing.Queue()
        client = multiprocessing.Process(target=well_behaved, args=(sandbox.port, stop, results))
        client.start()
        time.sleep(0.5)
        baseline["fds_with_client"] = sandbox.fds()

        attack = Attack(sandbox.port, options.seed)
        started = time.monotonic()
        # Connections that never send a byte are idle, not slow: the server keeps them for its idle timeout
        # (120 s), so these are closed by us below; they must not starve anyone meanwhile.
        silent = [attack.connect() for _ in range(options.silent)]
        # Slowloris in waves: each wave's connections must get their 408 within the request timeout while
        # the attack rounds go on; the next wave opens when one is over.
        rounds, waves, opened, answered = 0, 0, 0, 0
        peak = sandbox.sample()
        while True:
            slowloris = Slowloris(attack, options.slowloris)
            slowloris.start()
            waves += 1
            opened += len(slowloris.sockets)
            peak = {key: max(value, sandbox.sample()[key]) for key, value in peak.items()}
            wave_ends = slowloris.opened + REQUEST_TIMEOUT_S + LINGER_S
            rounds += attack_rounds(attack, min(started + options.duration, wave_ends) - time.monotonic(),
                                    options.garbage, options.disconnects)
            peak = {key: max(value, sandbox.sample()[key]) for key, value in peak.items()}
            answered += slowloris.answered_408(deadline=wave_ends + 10)
            slowloris.close()
            if time.monotonic() >= started + options.duration:
                break
        if answered != opened:
            failures.append(f"slowloris: {answered} of {opened} connections got 408")
        attack_seconds = time.monotonic() - started

        stop.set()
        well = results.get(timeout=30)
        client.join(timeout=10)
        failures += attack.failures
        if well["error_count"]:
            failures.append(f"well-behaved client: {well['error_count']} errors, first: {well['errors'][:3]}")
        if well["max_ms"] > options.max_latency_ms:
            failures.append(f"well-behaved client: max latency {well['max_ms']:.0f} ms > {options.max_latency_ms}")

        # The server closed the slowloris connections after their 408 and linger (2 s); the silent ones are ours.
        for sock in silent:
            sock.close()
        fds_after = sandbox.wait_for_fds(baseline["fds"] + 2, deadline=time.monotonic() + LINGER_S + 20)
        if fds_after > baseline["fds"] + 2:
            failures.append(f"descriptors: {fds_after} after, {baseline['fds']} before")
        rss_before_reset = sandbox.rss_kb()
        setup.call("POST", "/_sandbox/reset")
        setup.close()
        time.sleep(0.5)
        after = sandbox.sample()
        after["fds"] = fds_after
        growth_mb = (after["rss_kb"] - baseline["rss_kb"]) / 1024
        if growth_mb > 32:  # a reset trims the heap (ControlRoutes.reset); what stays is fragmentation
            failures.append(f"RSS: {after['rss_kb']} kB after, {baseline['rss_kb']} kB before")
        if not sandbox.alive():
            failures.append("the sandbox died")
        figures = {
            "attack_seconds": round(attack_seconds, 1), "rounds": rounds, "requests_tried": attack.requests,
            "malformed_inputs": attack.malformed, "slowloris_waves": waves, "slowloris_connections": opened,
            "slowloris_answered_408": answered, "silent_connections": len(silent), "well_behaved": well,
            "baseline": baseline, "peak": peak,
            "rss_kb_before_reset": rss_before_reset, "after": after, "failures": failures,
        }
    finally:
        sandbox.stop()
    print(json.dumps(figures, indent=2))
    if options.json:
        with open(options.json, "w") as output:
            json.dump(figures, output, indent=2)
    print(f"hostile clients: {attack.requests} requests ({attack.malformed} malformed) in {attack_seconds:.0f} s; "
          f"well-behaved: {well['requests']} requests, max {well['max_ms']:.1f} ms, p99 {well['p99_ms']:.1f} ms; "
          f"fds {baseline['fds']} -> {after['fds']}, RSS {baseline['rss_kb']} -> {after['rss_kb']} kB; "
          + ("OK" if not failures else f"{len(failures)} FAILURE(S)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
