#!/usr/bin/env python3
"""bench_memory.py: resident memory of the sandbox as stored charges grow (bounded, loopback).

usage: scripts/bench_memory.py [--binary PATH] [--counts 10000,100000,1000000] [--connections 4]

Starts the sandbox (--quiet), notes its idle RSS, then creates charges (the standard bench body of
../shared/bench: KWD 1, src_all, so each is INITIATED with its expiry task scheduled) over keep-alive
connections, pipelining 64 requests at a time, and at each count prints
  CHARGES n  rss_mb=...  kb_per_charge=...  (RSS growth over idle divided by n)
Every answer must be 200, or the run fails.
"""
import argparse
import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time

KEY = b"sk_test_XKokBfNWv6FIYuTMg5sLPjhJ"
BODY = (b'{"amount":1,"currency":"KWD","source":{"id":"src_all"},"customer":{"first_name":"T","email":'
        b'"t@example.com"},"redirect":{"url":"http://127.0.0.1:9/r"}}')
REQUEST = (b"POST /v2/charges HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + KEY
           + b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)
BATCH = 64


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def create(port, count, connections):
    async def worker(share):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        left = share
        while left > 0:
            batch = min(BATCH, left)
            writer.write(REQUEST * batch)
            for _ in range(batch):
                head = await reader.readuntil(b"\r\n\r\n")
                if not head.startswith(b"HTTP/1.1 200"):
                    raise SystemExit(f"unexpected answer: {head[:60]!r}")
                await reader.readexactly(int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1)))
            left -= batch
        writer.close()

    shares = [count // connections + (1 if i < count % connections else 0) for i in range(connections)]
    await asyncio.gather(*(worker(share) for share in shares if share))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/tap-sandbox")
    parser.add_argument("--counts", default="10000,100000,1000000")
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()
    counts = [int(text) for text in args.counts.split(",")]

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sandbox = subprocess.Popen([args.binary, "--port", str(port), "--quiet"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.02)
        time.sleep(0.2)
        idle = rss_mb(sandbox.pid)
        print(f"IDLE rss_mb={idle:.1f}")
        made = 0
        for count in counts:
            started = time.time()
            asyncio.run(create(port, count - made, args.connections))
            made = count
            rss = rss_mb(sandbox.pid)
            print(f"CHARGES {count}  rss_mb={rss:.1f}  kb_per_charge={(rss - idle) * 1024 / count:.2f}"
                  f"  ({time.time() - started:.1f} s to create)", flush=True)
    finally:
        os.killpg(sandbox.pid, signal.SIGTERM)
        sandbox.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
