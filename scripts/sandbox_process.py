"""A tap-sandbox binary run for a robustness script (hostile_clients.py, soak.py, webhook_faults.py): started on
port 0, watched through /proc (RSS, open descriptors, threads), and stopped; and a webhook receiver that answers
200. Standard library only, Linux only."""

import http.client
import http.server
import json
import os
import signal
import subprocess
import tempfile
import threading
import time


class SandboxProcess:
    def __init__(self, binary, *arguments):
        self.log = tempfile.NamedTemporaryFile(prefix="tap-sandbox-", suffix=".log", delete=False)
        # TAP_SANDBOX_* variables would change the configuration under test: leave them out.
        environment = {k: v for k, v in os.environ.items() if not k.startswith("TAP_SANDBOX_")}
        self.process = subprocess.Popen([binary, "--port", "0", "--quiet", *arguments], stdin=subprocess.DEVNULL,
                                        stdout=self.log, stderr=subprocess.STDOUT, env=environment)
        self.pid = self.process.pid
        self.port = self._wait_for_port(deadline=time.monotonic() + 30)

    def _wait_for_port(self, deadline):
        while time.monotonic() < deadline:
            with open(self.log.name, encoding="utf-8", errors="replace") as log:
                for line in log:
                    if "listening on http://" in line:
                        return int(line.rsplit(":", 1)[1].strip().rstrip("/"))
            if self.process.poll() is not None:
                raise RuntimeError(f"tap-sandbox exited with {self.process.returncode}: {self.output()}")
            time.sleep(0.02)
        raise RuntimeError("tap-sandbox printed no listening line within 30 s")

    def output(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as log:
            return log.read()[-4000:]

    def status_field(self, name):
        """A number from /proc/PID/status, e.g. VmRSS (kB) or Threads."""
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith(name + ":"):
                    return int(line.split()[1])
        raise KeyError(name)

    def rss_kb(self):
        return self.status_field("VmRSS")

    def threads(self):
        return self.status_field("Threads")

    def fds(self):
        return len(os.listdir(f"/proc/{self.pid}/fd"))

    def sample(self):
        return {"rss_kb": self.rss_kb(), "fds": self.fds(), "threads": self.threads()}

    def wait_for_fds(self, at_most, deadline):
        """Polls the descriptor count until it is at most `at_most` or the deadline passes; returns the last."""
        count = self.fds()
        while count > at_most and time.monotonic() < deadline:
            time.sleep(0.2)
            count = self.fds()
        return count

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        os.unlink(self.log.name)
        return self.process.returncode


class APIClient:
    """A keep-alive JSON client for one sandbox; reconnects after a failure."""

    def __init__(self, port, key, timeout=10):
        self.port = port
        self.key = key
        self.timeout = timeout
        self.connection = None

    def call(self, method, path, body=None, fresh=False, content_type="application/json"):
        """Returns (status, parsed JSON or raw bytes)."""
        if fresh or self.connection is None:
            self.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        data = None
        if body is not None:
            data = body if isinstance(body, (bytes, str)) else json.dumps(body)
            headers["Content-Type"] = content_type
        try:
            self.connection.request(method, path, body=data, headers=headers)
            response = self.connection.getresponse()
            raw = response.read()
        except Exception:
            self.close()
            raise
        if response.getheader("connection", "").lower() == "close":
            self.close()
        kind = response.getheader("content-type", "")
        return response.status, json.loads(raw) if kind.startswith("application/json") else raw

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


class WebhookReceiver(http.server.ThreadingHTTPServer):
    """Answers every webhook POST with 200 and notes (arrival time, object id), serving on its own thread from
    the start (NOTES.md: Nagle off, or kept-alive posts wait 40 ms). `shutdown()` stops it."""
    daemon_threads = True

    def __init__(self):
        self.arrivals = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            disable_nagle_algorithm = True

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with receiver.lock:
                    receiver.arrivals.append((time.monotonic(), json.loads(body).get("id")))
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *arguments):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def received(self):
        with self.lock:
            return len(self.arrivals)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/hook"


def percentile(values, fraction):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
