#!/usr/bin/env python3
"""Browser test of the hosted payment page (CONTRACT.md section 5), run by .ci/run after `swift test`.

Starts the built tap-sandbox on port 0 and a small merchant server for `redirect.url`, then drives
headless Chromium through the Chrome DevTools Protocol (scripts/devtools.py). The customer types a 3-D Secure test card, presses Enter, authenticates on the challenge page
and lands on the merchant page with `tap_id`; the charge is then retrieved over the API as CAPTURED.
An Arabic charge checks the right-to-left page. With --screenshots DIR it saves hosted-page-en.png and
hosted-page-ar.png there (docs/ holds the committed ones).

Standard library only. Every wait is bounded; the whole run takes a few seconds.
"""

import http.server
import json
import os
import sys
import urllib.request

from devtools import API, STEP_TIMEOUT, expect, run_browser_test

KEY = "sk_test_BrowserTest4508"
CARD = "4508 7500 1574 1019"  # VISA, enrolled in 3-D Secure (spec section 12.1)


class MerchantHandler(http.server.BaseHTTPRequestHandler):
    """The merchant's return page: records each visit and answers a small page."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    visits = []

    def do_GET(self):
        if self.path != "/favicon.ico":  # Chromium asks for it after the page, sometimes before the check
            MerchantHandler.visits.append(self.path)
        body = b"<!doctype html><title>Merchant</title><h1>Thank you</h1>"
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


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


def scenario(browser, base, merchant, options):
    browser.open_page()
    charge_id = pay_in_browser(browser, base, merchant, options.screenshots)
    check_arabic(browser, base, merchant, options.screenshots)
    return f"{charge_id} paid in headless Chromium and retrieved CAPTURED; Arabic page is RTL"


if __name__ == "__main__":
    sys.exit(run_browser_test(
        "browser test", __doc__, "save hosted-page-en.png and hosted-page-ar.png here", MerchantHandler, scenario))
