#!/usr/bin/env python3
"""Soak test of a real tap-sandbox binary (docs/robustness.md), loopback only.

Runs mixed API traffic at a steady rate for --duration seconds: card tokens, charges captured at once
(token, no 3-D Secure), hosted-page charges settled through POST /_sandbox/pay/:id, authorizes then
voids, retrieves, lists, customers, and refunds when the build has /v2/refunds. Every status change that
fires a webhook posts to a local receiver. Samples RSS, open descriptors and threads (/proc/PID/status)
every --sample-every seconds and reports memory growth per 100k objects (least-squares slope of RSS over
objects created, after a warm-up). Fails on any wrong answer, a missing webhook, descriptors still growing
in the second half or not back to the baseline once traffic stops, or threads beyond the bound of the
webhook pool (32, started on demand and kept).

  python3 scripts/soak.py --binary .build/debug/tap-sandbox --duration 20            # CI
  python3 scripts/soak.py --binary .build/release/tap-sandbox --duration 600 --json soak.json

Standard library only.
"""

import argparse
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_process import APIClient, SandboxProcess, WebhookReceiver  # noqa: E402

KEY = "sk_test_SoakTraffic42"
POOL = 32  # WebhookSettings.workerThreads
CARD = {"number": "4012000033330026", "exp_month": 1, "exp_year": 2039, "cvc": "100", "name": "Soak"}


class Traffic:
    """One client thread's loop of mixed operations; counts what it created and what went wrong."""

    def __init__(self, port, hook, refunds):
        self.api = APIClient(port, KEY)
        self.hook = hook
        self.refunds = refunds
        self.objects = 0
        self.requests = 0
        self.webhooks_expected = 0
        self.errors = []
        self.step = 0

    def call(self, method, path, body=None, expect=200):
        self.requests += 1
        status, answer = self.api.call(method, path, body)
        if status != expect:
            raise AssertionError(f"{method} {path} answered {status}: {str(answer)[:200]}")
        return answer

    def payment(self, source, three_d_secure=False):
        return {"amount": 2.5, "currency": "KWD", "source": {"id": source}, "threeDSecure": three_d_secure,
                "customer": {"first_name": "Soak", "email": "soak@example.com"},
                "reference": {"transaction": f"t{self.step}", "order": f"o{self.step}"},
                "post": {"url": self.hook}, "redirect": {"url": "http://127.0.0.1:9/return"}}

    def token(self):
        self.objects += 1
        return self.call("POST", "/v2/tokens", {"card": CARD})["id"]

    def once(self):
        """One operation of the mix, chosen in turn."""
        self.step += 1
        kind = self.step % 8
        if kind in (0, 1):  # a charge captured at once, retrieved
            charge = self.call("POST", "/v2/charges", self.payment(self.token()))
            assert charge["status"] == "CAPTURED", charge["status"]
            self.call("GET", f"/v2/charges/{charge['id']}")
            self.objects += 1
            self.webhooks_expected += 1
            if self.refunds:
                self.call("POST", "/v2/refunds", {"charge_id": charge["id"], "amount": 1, "currency": "KWD",
                                                  "reason": "soak", "post": {"url": self.hook}})
                self.objects += 1
                self.webhooks_expected += 1  # when it settles, 5 s of the sandbox clock later
        elif kind == 2:  # a hosted-page charge settled by the customer
            charge = self.call("POST", "/v2/charges", self.payment("src_all", three_d_secure=True))
            self.requests += 1
            status, _ = self.api.call("POST", f"/_sandbox/pay/{charge['id']}", "action=approve",
                                      content_type="application/x-www-form-urlencoded")
            assert status == 302, f"hosted page answered {status}"
            self.objects += 1
            self.webhooks_expected += 1
        elif kind == 3:  # an authorize, then its void
            authorize = self.call("POST", "/v2/authorize", self.payment(self.token()))
            assert authorize["status"] == "AUTHORIZED", authorize["status"]
            self.call("POST", f"/v2/authorize/{authorize['id']}/void", {})
            self.objects += 1
            self.webhooks_expected += 2
        elif kind == 4:
            self.call("POST", "/v2/charges/list", {"limit": 25})
        elif kind == 5:
            customer = self.call("POST", "/v2/customers", {"first_name": "Soak", "email": "soak@example.com"})
            self.call("GET", f"/v2/customers/{customer['id']}")
            self.objects += 1
        elif kind == 6:
            self.call("POST", "/v2/authorize/list", {"limit": 10})
        else:
            self.call("POST", "/v2/customers/list", {"limit": 10})


def run_traffic(traffic, rate, stop):
    """Runs traffic.once() `rate` times a second until stop is set."""
    interval = 1.0 / rate
    next_at = time.monotonic()
    while not stop.is_set():
        try:
            traffic.once()
        except Exception as error:
            traffic.errors.append(f"{type(error).__name__}: {error}")
            traffic.api.close()
        next_at += interval
        time.sleep(max(0.0, next_at - time.monotonic()))
    traffic.api.close()


def slope(points):
    """Least-squares slope of y over x."""
    count = len(points)
    if count < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / count
    mean_y = sum(y for _, y in points) / count
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--rate", type=float, default=200, help="operations per second, all clients [200]")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--sample-every", type=float, default=5)
    parser.add_argument("--json", help="write the samples and figures here")
    options = parser.parse_args()

    receiver = WebhookReceiver()
    sandbox = SandboxProcess(options.binary, "--webhook-retry-delays", "none")
    failures = []
    try:
        probe = APIClient(sandbox.port, KEY)
        refunds = probe.call("POST", "/v2/refunds", {})[0] != 404
        probe.close()
        baseline = sandbox.sample()
        stop = threading.Event()
        traffic = [Traffic(sandbox.port, receiver.url, refunds) for _ in range(options.clients)]
        threads = [threading.Thread(target=run_traffic, args=(t, options.rate / options.clients, stop))
                   for t in traffic]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        samples = []
        while time.monotonic() - started < options.duration:
            time.sleep(min(options.sample_every, max(0.0, options.duration - (time.monotonic() - started))))
            sample = sandbox.sample()
            sample.update(t=round(time.monotonic() - started, 1), objects=sum(t.objects for t in traffic),
                          requests=sum(t.requests for t in traffic), webhooks=receiver.received)
            samples.append(sample)
            print(json.dumps(sample), flush=True)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        expected = sum(t.webhooks_expected for t in traffic)
        deadline = time.monotonic() + 30
        while receiver.received < expected and time.monotonic() < deadline:
            time.sleep(0.1)
        fds_after = sandbox.wait_for_fds(baseline["fds"] + 1, deadline=time.monotonic() + 10)
        end = sandbox.sample()
        end["fds"] = fds_after
        # Everything the traffic made is kept until a reset; a reset must give the memory back. Without a key
        # it also forgets the tokens, which belong to no account.
        probe = APIClient(sandbox.port, None)
        probe.call("POST", "/_sandbox/reset")
        probe.close()
        time.sleep(0.5)
        end["rss_kb_after_reset"] = sandbox.rss_kb()

        errors = [error for t in traffic for error in t.errors]
        if errors:
            failures.append(f"{len(errors)} wrong answers, first: {errors[:3]}")
        if receiver.received < expected:
            failures.append(f"{receiver.received} webhooks received, {expected} expected")
        if fds_after > baseline["fds"] + 1:
            failures.append(f"descriptors: {fds_after} after, {baseline['fds']} before")
        half = samples[len(samples) // 2:]
        first_half_max = max(s["fds"] for s in samples[: len(samples) // 2] or samples)
        if half and max(s["fds"] for s in half) > first_half_max + 2:
            failures.append(f"descriptors still growing in the second half: {[s['fds'] for s in samples]}")
        # Webhook threads are a pool started on demand and kept: bounded, never one per delivery.
        if max(s["threads"] for s in samples) > baseline["threads"] + POOL:
            failures.append(f"threads beyond the webhook pool's bound: {[s['threads'] for s in samples]}")
        warm = [s for s in samples if s["t"] >= options.duration * 0.2] or samples
        per_object_kb = slope([(s["objects"], s["rss_kb"]) for s in warm])
        figures = {
            "duration_s": options.duration, "requests": samples[-1]["requests"] if samples else 0,
            "objects": samples[-1]["objects"] if samples else 0, "webhooks_received": receiver.received,
            "webhooks_expected": expected, "refunds": refunds, "baseline": baseline, "end": end,
            "rss_mb_per_100k_objects": round(per_object_kb * 100_000 / 1024, 1),
            "max_threads": max(s["threads"] for s in samples), "max_fds": max(s["fds"] for s in samples),
            "failures": failures, "samples": samples,
        }
        if not sandbox.alive():
            failures.append("the sandbox died")
    finally:
        sandbox.stop()
        receiver.shutdown()
    if options.json:
        with open(options.json, "w") as output:
            json.dump(figures, output, indent=2)
    print(f"soak: {figures['requests']} requests, {figures['objects']} objects, {receiver.received} webhooks in "
          f"{options.duration:.0f} s; RSS {baseline['rss_kb']} -> {samples[-1]['rss_kb'] if samples else 0} kB "
          f"({figures['rss_mb_per_100k_objects']} MB per 100k objects); threads max {figures['max_threads']}, "
          f"fds {baseline['fds']} -> {end['fds']} (max {figures['max_fds']}); "
          f"RSS after a reset {end['rss_kb_after_reset']} kB; "
          + ("OK" if not failures else f"FAILED: {failures}"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
