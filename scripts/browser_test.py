#!/usr/bin/env python3
"""Browser test of the hosted payment page (CONTRACT.md section 5), run by .ci/run after `swift test`.

Starts the built tap-sandbox on port 0 and a small merchant server for `redirect.url`, then drives
headless Chromium through the Chrome DevTools Protocol over `--remote-debugging-pipe` (JSON messages
separated by NUL on file descriptors 3 and 4: the transport Playwright uses, and no third-party Python
package). The customer types a 3-D Secure test card, presses Enter, authenticates on the challenge page
and lands on the merchant page with `tap_id`; the charge is then retrieved over the API as CAPTURED.
An Arabic charge checks the right-to-left page. With --screenshots DIR it saves hosted-page-en.png and
hosted-page-ar.png there (docs/ holds the committed ones).

Standard library only. Every wait is bounded; the whole run takes a few seconds.
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

KEY = "sk_test_BrowserTest4508"
CARD = "4508 7500 1574 1019"  # VISA, enrolled in 3-D Secure (spec section 12.1)
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

    def open_page(self):
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": 560, "height": 900, "deviceScaleFactor": 1, "mobile": False})

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

    def screenshot(self, path):
        metrics = self.call("Page.getLayoutMetrics")["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": metrics["width"], "height": metrics["height"], "scale": 1}
        data = self.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        with open(path, "wb") as file:
            file.write(base64.b64decode(data["data"]))

    def close(self):
        self.process.kill()
        self.process.wait(timeout=10)
        os.close(self.to_browser)
        os.close(self.from_browser)


class MerchantHandler(http.server.BaseHTTPRequestHandler):
    """The merchant's return page: records each visit and answers a small page."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    visits = []

    def do_GET(self):
        MerchantHandler.visits.append(self.path)
        body = b"<!doctype html><title>Merchant</title><h1>Thank you</h1>"
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def start_sandbox(binary):
    process = subprocess.Popen([binary, "--port", "0", "--quiet"], stdout=subprocess.PIPE, text=True)
    ready, _, _ = select.select([process.stdout], [], [], STEP_TIMEOUT)
    line = process.stdout.readline().strip() if ready else ""
    prefix = "tap-sandbox listening on "
    if not line.startswith(prefix):
        process.kill()
        raise Failure(f"tap-sandbox did not start: first line {line!r}")
    return process, line[len(prefix):]


def api(base, method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None)
    request.add_header("authorization", f"Bearer {KEY}")
    request.add_header("content-type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    with API.open(request, timeout=STEP_TIMEOUT) as response:
        return json.load(response)


def create_charge(base, merchant, language="en"):
    return api(base, "POST", "/v2/charges", {
        "amount": 12.5, "currency": "KWD", "source": {"id": "src_all"}, "description": "Order #1042: 2 coffee mugs",
        "customer": {"first_name": "Sara", "last_name": "Al-Ahmad", "email": "sara@example.com"},
        "reference": {"transaction": "txn_1042", "order": "ord_1042"},
        "redirect": {"url": f"{merchant}/return?a=1&b=2"}, "post": {"url": f"{merchant}/webhook"},
    }, headers={"lang_code": language})


def expect(condition, message):
    if not condition:
        raise Failure(message)


def pay_in_browser(browser, base, merchant, screenshots):
    charge = create_charge(base, merchant)
    browser.navigate(charge["transaction"]["url"])
    expect(browser.evaluate("document.documentElement.dir") == "ltr", "English page is not left-to-right")
    if screenshots:
        browser.screenshot(os.path.join(screenshots, "hosted-page-en.png"))
    browser.type_into("card_number", CARD)
    browser.type_into("expiry", "01/39")
    browser.type_into("cvv", "100")
    browser.press_enter_and_wait()
    expect(browser.evaluate("document.getElementById('otp') !== null"), "no 3-D Secure challenge after the card step")
    browser.type_into("otp", "123456")
    browser.press_enter_and_wait()
    landed = browser.evaluate("location.href")
    expected = f"{merchant}/return?a=1&b=2&tap_id={charge['id']}"
    expect(landed == expected, f"browser landed on {landed}, expected {expected}")
    expect(MerchantHandler.visits[-1:] == [f"/return?a=1&b=2&tap_id={charge['id']}"], "merchant saw no return visit")
    settled = api(base, "GET", f"/v2/charges/{charge['id']}")
    expect(settled["status"] == "CAPTURED", f"charge is {settled['status']}, expected CAPTURED")
    expect(settled["response"]["code"] == "000", f"response code {settled['response']['code']}")
    expect(settled["redirect"]["status"] == "SUCCESS", "redirect.status is not SUCCESS")
    expect(settled["source"].get("payment_method") == "VISA", "payment_method is not VISA")
    return charge["id"]


def check_arabic(browser, base, merchant, screenshots):
    charge = create_charge(base, merchant, language="ar")
    browser.navigate(charge["transaction"]["url"])
    expect(browser.evaluate("document.documentElement.dir") == "rtl", "Arabic page is not right-to-left")
    expect(browser.evaluate("document.documentElement.lang") == "ar", "Arabic page has no lang=ar")
    label = browser.evaluate("document.querySelector('label[for=card_number]').textContent")
    expect(label == "رقم البطاقة", f"Arabic card number label is {label!r}")
    if screenshots:
        browser.screenshot(os.path.join(screenshots, "hosted-page-ar.png"))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(root, ".build", "debug", "tap-sandbox"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--screenshots", metavar="DIR", help="save hosted-page-en.png and hosted-page-ar.png here")
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a CI timeout still stops Chromium and the sandbox
    started = time.monotonic()
    profile = tempfile.mkdtemp(prefix="tap-sandbox-chromium-")
    browser = sandbox = merchant_server = None
    try:
        browser = DevTools(options.chromium, profile)  # before any thread is started: it forks
        merchant_server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), MerchantHandler)
        threading.Thread(target=merchant_server.serve_forever, daemon=True).start()
        merchant = f"http://127.0.0.1:{merchant_server.server_address[1]}"
        sandbox, base = start_sandbox(options.binary)
        browser.open_page()
        charge_id = pay_in_browser(browser, base, merchant, options.screenshots)
        check_arabic(browser, base, merchant, options.screenshots)
        print(f"browser test: {charge_id} paid in headless Chromium and retrieved CAPTURED; Arabic page is RTL "
              f"({time.monotonic() - started:.1f} s)")
        return 0
    except (Failure, OSError) as error:
        print(f"browser test FAILED: {error}", file=sys.stderr)
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

if __name__ == "__main__":
    sys.exit(main())
