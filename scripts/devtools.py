"""Shared helpers of the headless Chromium tests (scripts/browser_test.py, scripts/dashboard_test.py).

`DevTools` drives Chromium through the Chrome DevTools Protocol over `--remote-debugging-pipe` (JSON
messages separated by NUL on file descriptors 3 and 4: the transport Playwright uses, and no third-party
Python package); `start_sandbox` runs the built tap-sandbox on port 0; `run_browser_test` is the main of each
test: options, Chromium, a merchant server and the sandbox, all stopped whatever happens. Standard library only;
every wait is bounded by STEP_TIMEOUT.
"""

import argparse
import base64
import http.server
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

STEP_TIMEOUT = 20.0
API = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy


class Failure(Exception):
    pass


class DevTools:
    """A minimal CDP client over Chromium's --remote-debugging-pipe."""

    def __init__(self, chromium, profile):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def pipes_on_3_and_4():
            # Via high numbers first, in case the pipe ends already sit on 3 or 4.
            os.dup2(to_browser_read, 100)
            os.dup2(from_browser_write, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)
            os.close(100)
            os.close(101)

        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                 "--no-proxy-server", "--disable-extensions", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
                 "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"]
        self.process = subprocess.Popen([chromium, *flags], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, close_fds=False, preexec_fn=pipes_on_3_and_4)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.last_id = 0
        self.events = []
        self.session = None

    def call(self, method, params=None, timeout=STEP_TIMEOUT):
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params or {}}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self.receive(deadline, method)
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise Failure(f"{method} failed: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self, deadline, waiting_for):
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.from_browser], [], [], remaining)[0]:
                raise Failure(f"timed out waiting for {waiting_for}")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise Failure("Chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(raw)

    def wait_for(self, event, timeout=STEP_TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: index + 1]
                    return message.get("params", {})
            self.events.append(self.receive(deadline, event))

    def open_page(self, width=560, height=900):
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise Failure(f"script failed: {expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def navigate(self, url):
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def type_into(self, element_id, text):
        self.evaluate(f"document.getElementById({json.dumps(element_id)}).focus()")
        self.call("Input.insertText", {"text": text})

    def press_enter_and_wait(self):
        """Enter in a field submits the form with its first submit button (HTML implicit submission)."""
        self.events.clear()
        for kind in ("rawKeyDown", "char", "keyUp"):
            params = {"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
            if kind == "char":
                params["text"] = "\r"
            self.call("Input.dispatchKeyEvent", params)
        self.wait_for("Page.loadEventFired")

    def screenshot(self, path, full_page=True):
        """The whole page, or with full_page=False what the viewport shows."""
        params = {"format": "png"}
        if full_page:
            metrics = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": metrics["width"], "height": metrics["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", params)
        with open(path, "wb") as file:
            file.write(base64.b64decode(data["data"]))

    def close(self):
        self.process.kill()
        self.process.wait(timeout=10)
        os.close(self.to_browser)
        os.close(self.from_browser)


def start_sandbox(binary):
    process = subprocess.Popen([binary, "--port", "0", "--quiet"], stdout=subprocess.PIPE, text=True)
    ready, _, _ = select.select([process.stdout], [], [], STEP_TIMEOUT)
    line = process.stdout.readline().strip() if ready else ""
    prefix = "tap-sandbox listening on "
    if not line.startswith(prefix):
        process.kill()
        raise Failure(f"tap-sandbox did not start: first line {line!r}")
    return process, line[len(prefix):]


def run_browser_test(name, doc, screenshots_help, merchant_handler, scenario):
    """Parses --binary, --chromium and --screenshots, starts headless Chromium, a merchant server answering with
    merchant_handler and the sandbox, then runs scenario(browser, base, merchant, options), which returns what
    to print after `name:` when it passes. Everything started is stopped, whatever happens. Returns the exit
    status: 0 when the scenario passed, 1 when it failed."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(root, ".build", "debug", "tap-sandbox"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--screenshots", metavar="DIR", help=screenshots_help)
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a CI timeout still stops Chromium and the sandbox
    started = time.monotonic()
    profile = tempfile.mkdtemp(prefix="tap-sandbox-chromium-")
    browser = sandbox = merchant_server = None
    try:
        browser = DevTools(options.chromium, profile)  # before any thread is started: it forks
        merchant_server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), merchant_handler)
        threading.Thread(target=merchant_server.serve_forever, daemon=True).start()
        merchant = f"http://127.0.0.1:{merchant_server.server_address[1]}"
        sandbox, base = start_sandbox(options.binary)
        summary = scenario(browser, base, merchant, options)
        print(f"{name}: {summary} ({time.monotonic() - started:.1f} s)")
        return 0
    except (Failure, OSError) as error:
        print(f"{name} FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if browser:
            browser.close()
        if sandbox:
            sandbox.terminate()
            sandbox.wait(timeout=10)
        if merchant_server:
            merchant_server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)


def expect(condition, message):
    if not condition:
        raise Failure(message)
