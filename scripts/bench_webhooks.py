#!/usr/bin/env python3
"""bench_webhooks.py: webhook delivery throughput and latency against a local receiver (bounded, loopback).

usage: scripts/bench_webhooks.py [--binary PATH] [--rate 2000] [--seconds 10] [--connections 16]
                                 [--receiver live|dead|hang|none]

Starts the sandbox (--quiet, default release build) and a receiver in its own process that answers every
POST with 200. Then creates charges at a fixed rate (open loop: request i leaves at t0 + i/rate, on
keep-alive connections), each paid with a card token made beforehand (test card 4508 7500 1574 1019,
`threeDSecure: false`) and with `post.url` at the receiver, so every charge is CAPTURED (a final status) at
creation and fires its webhook at once. The receiver notes when each webhook arrives.

--receiver dead points `post.url` at a port where nothing listens (every attempt refused, then retried),
hang at one that accepts connections and never answers (every attempt waits for its timeout), none leaves
`post.url` out: compare their LATENCY_API and CPU lines with live's to see what a receiver costs the API.

Prints one line per figure:
  DELIVERED n/expected   webhooks received, each charge exactly once
  RATE deliveries/s      over the sending window
  LATENCY_SEND p50/p99/max ms   receipt minus the moment the creating request was sent: an upper bound of
                                "state change to webhook request" (it includes the API request itself)
  LATENCY_CHANGE p50/p99/max ms receipt minus `transaction.created` in the webhook (the sandbox's stamp of
                                the state change, whole ms: up to 1 ms more than the true figure)
  LATENCY_API p50/p99/max ms    the API answers seen by the driver
  CPU us_per_charge=...          the sandbox's CPU time (user + system) over the run, per charge created
  MEMORY kb_per_charge=...       the sandbox's resident memory grown over the run and the 2 s after it, per
                                 charge (its token, the charge and, with a receiver, its delivery log)
Exit 1 when a webhook is missing or duplicated (live receiver only).
"""
import argparse
import asyncio
import json
import multiprocessing
import os
import re
import signal
import socket
import subprocess
import sys
import time

KEY = "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ"
ID = re.compile(rb'"id":"(chg_[A-Za-z0-9]+)"')
CREATED = re.compile(rb'"transaction":\{[^}]*?"created":"(\d+)"')


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def receiver_main(port, ready, results, stop):
    """Answers every request 200; sends (charge id, receipt time) pairs back when `stop` is set."""
    arrivals = []

    class Receiver(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport, self.buffer = transport, b""

        def data_received(self, data):
            self.buffer += data
            while True:
                head_end = self.buffer.find(b"\r\n\r\n")
                if head_end < 0:
                    return
                match = re.search(rb"(?i)content-length:\s*(\d+)", self.buffer[:head_end])
                length = int(match.group(1)) if match else 0
                if len(self.buffer) < head_end + 4 + length:
                    return
                body = self.buffer[head_end + 4:head_end + 4 + length]
                self.buffer = self.buffer[head_end + 4 + length:]
                found, created = ID.search(body), CREATED.search(body)
                arrivals.append((found.group(1).decode() if found else "?", time.time(),
                                 int(created.group(1)) if created else None))
                self.transport.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                self.transport.close()

    async def serve():
        server = await asyncio.get_running_loop().create_server(Receiver, "127.0.0.1", port, backlog=1024)
        ready.set()
        while not stop.is_set():
            await asyncio.sleep(0.05)
        server.close()
        results.send(arrivals)

    asyncio.run(serve())


async def post(reader, writer, path, body):
    writer.write(b"POST " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + KEY.encode()
                 + b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode()
                 + b"\r\n\r\n" + body)
    head = await reader.readuntil(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))
    return await reader.readexactly(length)


async def drive(port, rate, seconds, connections, receiver_url):
    total = rate * seconds
    sent, answered, tokens = {}, [], []
    card = json.dumps({"card": {"number": "4508750015741019", "exp_month": 1, "exp_year": 2039, "cvc": "100",
                                "name": "Bench"}}).encode()

    async def make_tokens(count):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(count):
            tokens.append(json.loads(await post(reader, writer, b"/v2/tokens", card))["id"])
        writer.close()

    await asyncio.gather(*(make_tokens(total // connections + 1) for _ in range(connections)))
    body_of = lambda i: json.dumps({
        "amount": 1, "currency": "KWD", "source": {"id": tokens[i]}, "threeDSecure": False,
        "customer": {"first_name": "T", "email": "t@example.com"},
        "redirect": {"url": "http://127.0.0.1:9/r"},
        "reference": {"transaction": f"txn_{i}", "order": f"ord_{i}"},
        **({"post": {"url": receiver_url}} if receiver_url else {}),
    }).encode()
    queue = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)
    t0 = time.time() + 0.2

    async def connection():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while True:
            try:
                i = queue.get_nowait()
            except asyncio.QueueEmpty:
                break
            delay = t0 + i / rate - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            body = body_of(i)
            start = time.time()
            answer = await post(reader, writer, b"/v2/charges", body)
            answered.append(time.time() - start)
            found = ID.search(answer)
            if found and b'"status":"CAPTURED"' in answer:
                sent[found.group(1).decode()] = start
        writer.close()

    await asyncio.gather(*(connection() for _ in range(connections)))
    return sent, answered, time.time() - t0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/tap-sandbox")
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--receiver", choices=["live", "dead", "hang", "none"], default="live")
    args = parser.parse_args()

    receiver_port, sandbox_port = free_port(), free_port()
    ready, stop = multiprocessing.Event(), multiprocessing.Event()
    results_out, results_in = multiprocessing.Pipe()
    receiver = multiprocessing.Process(target=receiver_main, args=(receiver_port, ready, results_in, stop))
    receiver.start()
    ready.wait(10)
    hanging = None
    if args.receiver == "live":
        receiver_url = f"http://127.0.0.1:{receiver_port}/hook"
    elif args.receiver == "dead":
        receiver_url = f"http://127.0.0.1:{free_port()}/hook"
    elif args.receiver == "hang":
        hanging = socket.socket()
        hanging.bind(("127.0.0.1", 0))
        hanging.listen(4096)
        receiver_url = f"http://127.0.0.1:{hanging.getsockname()[1]}/hook"
    else:
        receiver_url = None
    sandbox = subprocess.Popen([args.binary, "--port", str(sandbox_port), "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", sandbox_port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.02)
        cpu_before = cpu_seconds(sandbox.pid)
        rss_before = rss_kb(sandbox.pid)
        sent, answered, window = asyncio.run(
            drive(sandbox_port, args.rate, args.seconds, args.connections, receiver_url))
        cpu = cpu_seconds(sandbox.pid) - cpu_before
        time.sleep(2)  # let the last deliveries land
        rss_after = rss_kb(sandbox.pid)
        stop.set()
        arrivals = results_out.recv()
    finally:
        os.killpg(sandbox.pid, signal.SIGTERM)
        sandbox.wait(10)
        receiver.join(5)

    counts = {}
    for charge, _, _ in arrivals:
        counts[charge] = counts.get(charge, 0) + 1
    latencies = [(at - sent[charge]) * 1000 for charge, at, _ in arrivals if charge in sent]
    # The charge's creation (its state change) as the sandbox stamped it, in whole ms: up to 1 ms early.
    from_change = [at * 1000 - created for _, at, created in arrivals if created is not None]
    expected = len(sent)
    exact = sum(1 for charge in sent if counts.get(charge) == 1)
    print(f"DELIVERED {exact}/{expected} (received {len(arrivals)}; answered {len(answered)} of {args.rate * args.seconds})")
    print(f"RATE {len(arrivals) / window:.0f} deliveries/s over {window:.1f} s (target rate {args.rate}/s)")
    print("LATENCY_SEND p50=%.2f p99=%.2f max=%.2f ms" % (
        percentile(latencies, 50), percentile(latencies, 99), max(latencies, default=float("nan"))))
    print("LATENCY_CHANGE p50=%.2f p99=%.2f max=%.2f ms" % (
        percentile(from_change, 50), percentile(from_change, 99), max(from_change, default=float("nan"))))
    api = [a * 1000 for a in answered]
    print("LATENCY_API p50=%.2f p99=%.2f max=%.2f ms" % (percentile(api, 50), percentile(api, 99), max(api, default=0)))
    print(f"CPU us_per_charge={cpu * 1e6 / max(1, len(answered)):.0f} (receiver {args.receiver}; the tokens made before are not counted)")
    print(f"MEMORY kb_per_charge={(rss_after - rss_before) / max(1, len(answered)):.2f} "
          f"(rss {rss_before / 1024:.1f} -> {rss_after / 1024:.1f} MB)")
    if hanging:
        hanging.close()
    if args.receiver != "live":
        return 0 if len(answered) == args.rate * args.seconds else 1
    return 0 if exact == expected == args.rate * args.seconds else 1


if __name__ == "__main__":
    sys.exit(main())
