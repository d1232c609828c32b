#!/usr/bin/env python3
"""create_charges.py: create exactly N charges on a running sandbox (8 keep-alive connections).

usage: create_charges.py URL KEY N
Used for the restart-time measurement in BENCHMARKS.md ("Persistence").
"""
import http.client
import json
import sys
import threading
from urllib.parse import urlsplit

BODY = json.dumps({"amount": 1, "currency": "KWD", "source": {"id": "src_all"},
                   "customer": {"first_name": "T", "email": "t@example.com"},
                   "redirect": {"url": "http://127.0.0.1:9/r"}})


def worker(host, port, key, count, failures):
    connection = http.client.HTTPConnection(host, port, timeout=30)
    headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
    for _ in range(count):
        connection.request("POST", "/v2/charges", BODY, headers)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            failures.append(response.status)


def main():
    url, key, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
    parts = urlsplit(url)
    threads, failures = [], []
    for index in range(8):
        count = total // 8 + (1 if index < total % 8 else 0)
        thread = threading.Thread(target=worker, args=(parts.hostname, parts.port, key, count, failures))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    print(f"created {total - len(failures)} charges, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
