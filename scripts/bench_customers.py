#!/usr/bin/env python3
"""bench_customers.py: what a charge costs as the account's distinct customers grow (bounded, loopback).

usage: scripts/bench_customers.py --binary PATH [--count 40000]

Starts the sandbox (--quiet) and creates --count charges over one keep-alive connection, each describing a new
customer (a fresh email), so each one adds a customer the next must be told apart from. Prints the mean
microseconds per charge over each quarter of the run: flat when matching a described customer to a stored
one does not depend on how many there are.
"""
import argparse
import http.client
import json
import socket
import subprocess
import time

KEY = "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--count", type=int, default=40000)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([args.binary, "--port", str(port), "--quiet"])
    try:
        headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
        deadline = time.monotonic() + 10
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/_sandbox/health")
                connection.getresponse().read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        quarter = max(1, args.count // 4)
        marks = []
        started = time.perf_counter()
        for index in range(quarter * 4):
            body = json.dumps({
                "amount": 1, "currency": "KWD", "source": {"id": "src_all"},
                "customer": {"first_name": "T", "email": f"c{index}@example.com"},
                "redirect": {"url": "http://127.0.0.1:9/r"},
            })
            connection.request("POST", "/v2/charges", body, headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise SystemExit(f"charge {index} answered {response.status}")
            if (index + 1) % quarter == 0:
                now = time.perf_counter()
                marks.append(round((now - started) * 1e6 / quarter))
                started = now
        print(f"US_PER_CHARGE by quarter of {quarter * 4} distinct customers: " + " / ".join(map(str, marks)))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
