#!/usr/bin/env python3
"""Browser test of the dashboard and the integration review (CONTRACT.md sections 8 and 9), run by .ci/run.

Starts the built tap-sandbox on port 0 and a merchant server that does what Tap recommends: it verifies each
webhook's hashstring (answering 401 when it is wrong) and, when a customer comes back with tap_id, retrieves
the charge over the API. Two accounts make traffic: a careful merchant (references, idempotent keys,
post.url, card, KNET and authorize payments, a refund, a payout, the hashstring probe) whose review passes every
check, and a careless one (missing references, an unreachable post.url, a production-looking redirect.url,
a refused refund, a cancelled KNET payment, hostile text in its description and reference) whose review
fails. Then headless Chromium (scripts/devtools.py) loads GET /_sandbox/, finds every object in the list, opens
a charge's detail with its webhook attempt and hashstring, filters, replays a webhook and settles a pending
payment with the page's buttons, reads the review tab, and loads the review page; hostile text must stay text.
With --screenshots DIR it saves dashboard.png and review.png there (docs/ holds the committed ones).

Standard library only. Every wait is bounded.
"""

import hashlib
import hmac
import http.server
import json
import os
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal

from devtools import API, STEP_TIMEOUT, Failure, expect, run_browser_test

CAREFUL = "sk_test_CarefulMerchant1"
CARELESS = "sk_test_CarelessMerchant2"
THREE_DECIMALS = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}
HOSTILE_DESCRIPTION = '<img src=x onerror="window.__pwned=1">Order #7'
HOSTILE_ORDER = "<script>window.__pwned=2</script>"
HOSTILE_URL = "http://127.0.0.1:9/hook?<script>window.__pwned=3</script>"


def api(base, method, path, body=None, key=CAREFUL, allow_error=False):
    request = urllib.request.Request(base + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
    if key:
        request.add_header("authorization", f"Bearer {key}")
    request.add_header("content-type", "application/json")
    try:
        with API.open(request, timeout=STEP_TIMEOUT) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        if not allow_error:
            raise Failure(f"{method} {path} answered {error.code}: {error.read()[:300]!r}") from error
        return json.load(error)


class Merchant(http.server.BaseHTTPRequestHandler):
    """A merchant integration that follows Tap's recommendations."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    sandbox = ""
    returns = []

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("content-length", "0")))
        obj = json.loads(raw, parse_float=Decimal)
        places = 3 if obj["currency"] in THREE_DECIMALS else 2
        created = (obj.get("transaction") or {}).get("created", obj.get("created"))
        message = (f"x_id{obj['id']}x_amount{obj['amount']:.{places}f}x_currency{obj['currency']}"
                   f"x_gateway_reference{obj['reference']['gateway']}x_payment_reference{obj['reference']['payment']}"
                   f"x_status{obj['status']}x_created{created}")
        expected = hmac.new(CAREFUL.encode(), message.encode(), hashlib.sha256).hexdigest()
        self.answer(200 if hmac.compare_digest(self.headers.get("hashstring", ""), expected) else 401, b"")

    def do_GET(self):
        tap_id = self.path.partition("tap_id=")[2].partition("&")[0]
        resource = "authorize" if tap_id.startswith("auth_") else "charges"
        status = api(Merchant.sandbox, "GET", f"/v2/{resource}/{tap_id}")["status"]
        Merchant.returns.append((tap_id, status))
        self.answer(200, f"<!doctype html><title>Merchant</title><h1>Payment {status}</h1>".encode())

    def answer(self, status, body):
        self.send_response(status)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def pay_on_hosted_page(base, charge, card=None, action="approve", follow=True):
    """Settles a payment as the hosted page's form would, and follows the 302 like the customer's browser."""
    body = {"action": action}
    if card:
        body.update({"card_number": card, "expiry": "01/39", "cvv": "100"})
    request = urllib.request.Request(base + "/_sandbox/pay/" + charge["id"], method="POST",
                                     data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    opener = API if follow else urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
    try:
        with opener.open(request, timeout=STEP_TIMEOUT) as response:
            response.read()
    except urllib.error.HTTPError as error:
        if error.code != 302:
            raise


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def careful_traffic(base, merchant):
    """Everything Tap recommends; returns the ids made."""
    order = iter(range(1000, 2000))

    def payment(kind, source, **extra):
        number = next(order)
        body = {"amount": 12.5, "currency": "KWD", "source": {"id": source}, "threeDSecure": False,
                "description": f"Order #{number}", "customer": {"first_name": "Sara", "email": "sara@example.com"},
                "reference": {"order": f"ord_{number}", "transaction": f"txn_{number}", "idempotent": f"idem_{number}"},
                "post": {"url": f"{merchant}/webhook"}, "redirect": {"url": f"{merchant}/return"}}
        body.update(extra)
        return api(base, "POST", f"/v2/{kind}", body)

    def token(number):
        card = {"number": number, "exp_month": 1, "exp_year": 2039, "cvc": 100, "name": "Sara"}
        return api(base, "POST", "/v2/tokens", {"card": card})["id"]

    card = payment("charges", token("4508750015741019"))
    hosted = payment("charges", "src_all")
    pay_on_hosted_page(base, hosted, card="5123450000000008")
    knet = payment("charges", "src_kw.knet")
    pay_on_hosted_page(base, knet)
    authorize = payment("authorize", token("5123450000000008"), auto={"type": "VOID", "time": 100})
    refund = api(base, "POST", "/v2/refunds", {
        "charge_id": card["id"], "amount": 5, "currency": "KWD", "reason": "requested_by_customer",
        "reference": {"merchant": "rf_1", "idempotent": "refund_1"}, "post": {"url": f"{merchant}/webhook"}})
    api(base, "POST", "/_sandbox/clock/advance", {"seconds": 6})
    payout = api(base, "POST", "/_sandbox/payouts/settle")["payouts"][0]
    return [card["id"], hosted["id"], knet["id"], authorize["id"], refund["id"], payout["id"]]


def careless_traffic(base, merchant):
    """Misses most recommendations, and sends hostile text."""
    def charge(source, **extra):
        body = {"amount": 3, "currency": "KWD", "source": {"id": source}, "customer": {"first_name": "Ali", "email": "ali@example.com"},
                "redirect": {"url": "https://www.careless-shop.com/return"}}
        body.update(extra)
        return api(base, "POST", "/v2/charges", body, key=CARELESS)

    hostile = charge("src_all", description=HOSTILE_DESCRIPTION, reference={"order": HOSTILE_ORDER},
                     post={"url": HOSTILE_URL})
    pay_on_hosted_page(base, hostile, card="4508750015741019", follow=False)
    knet = charge("src_kw.knet")
    pay_on_hosted_page(base, knet, action="cancel", follow=False)
    refused = api(base, "POST", "/v2/refunds", {"charge_id": knet["id"], "amount": 3, "currency": "KWD",
                                                 "reason": "requested_by_customer"}, key=CARELESS, allow_error=True)
    expect("errors" in refused, "a refund of a cancelled charge was not refused")
    pending = charge("src_all", reference={"order": "ord_pending"})
    api(base, "POST", "/_sandbox/clock/advance", {"seconds": 6}, key=CARELESS)
    return [hostile["id"], knet["id"], pending["id"]]


def finish_deliveries(base, key):
    """Advances the account's clock until every webhook delivery has succeeded or failed for good (attempts run on
    the sandbox's threads, retries on its clock)."""
    deadline = time.monotonic() + STEP_TIMEOUT
    while time.monotonic() < deadline:
        deliveries = api(base, "GET", "/_sandbox/webhooks", key=key)["deliveries"]
        if all(d["status"] in ("SUCCESS", "ERROR") for d in deliveries):
            return
        api(base, "POST", "/_sandbox/clock/advance", {"seconds": 6}, key=key)
        time.sleep(0.05)
    raise Failure("webhook deliveries did not finish")


def wait_until(browser, expression, what, timeout=STEP_TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if browser.evaluate(expression):
            return
        time.sleep(0.05)
    raise Failure(f"timed out waiting for {what}")


def check_review_api(base):
    careful = api(base, "GET", "/_sandbox/review")
    statuses = {c["id"]: c["status"] for c in careful["checks"]}
    expect(set(statuses.values()) == {"pass"}, f"careful merchant's review: {statuses}")
    careless = api(base, "GET", "/_sandbox/review", key=CARELESS)
    failing = {c["id"] for c in careless["checks"] if c["status"] == "fail"}
    wanted = {"reference.transaction", "reference.idempotent", "post.url", "webhooks.answered_2xx",
              "redirect.retrieved", "refunds.api", "urls.reachable", "urls.not_production",
              "payment_methods.completed"}
    expect(wanted <= failing, f"careless merchant's review fails {sorted(failing)}, expected {sorted(wanted)}")
    return careless["merchant_id"]


def check_dashboard(browser, base, ids, screenshots):
    browser.navigate(base + "/_sandbox/")
    every = " && ".join(f"document.querySelector('[data-id={json.dumps(i)}]')" for i in ids)
    wait_until(browser, f"!!({every})", "every object in the dashboard list")
    expect(browser.evaluate("window.__pwned === undefined && !document.querySelector('#rows img, #rows script')"),
           "hostile text became markup in the object list")
    labels = browser.evaluate("[...document.querySelectorAll('#rows td.label')].map(td => td.textContent)")
    expect(any(HOSTILE_DESCRIPTION in label for label in labels), "the hostile description is not shown as text")
    page_text = browser.evaluate("document.documentElement.outerHTML")
    expect(CAREFUL not in page_text and CARELESS not in page_text, "a full secret key is in the page")
    expect(browser.evaluate("document.querySelectorAll('#accounts li button').length") == 2, "not 2 accounts shown")
    charge_id = ids[0]
    click(browser, f"[data-id={json.dumps(charge_id)}]")
    wait_until(browser, "!!document.querySelector('#detail tr.signature')", "the webhook attempt with hashstring")
    expect(browser.evaluate("document.querySelector('#detail-title code').textContent") == charge_id,
           "the detail shows another object")
    expect(charge_id in browser.evaluate("document.querySelector('#detail pre').textContent"), "no object JSON")
    browser.evaluate("document.querySelector('#detail details[data-key$=\"-h\"]').open = true")
    if screenshots:
        # Taller than a laptop's window, so that the picture shows the webhook attempt below the charge's facts.
        browser.call("Emulation.setDeviceMetricsOverride", {"width": 1440, "height": 1240, "deviceScaleFactor": 1,
                                                              "mobile": False})
        browser.screenshot(os.path.join(screenshots, "dashboard.png"), full_page=False)
    choose_kind(browser, "refund")
    wait_until(browser, "[...document.querySelectorAll('#rows .kind')].every(k => k.textContent === 'refund')"
                        " && document.querySelectorAll('#rows tr').length === 1", "the refund filter")
    choose_kind(browser, "")
    click(browser, f"[data-id={json.dumps(charge_id)}]")
    click(browser, "#detail [data-replay]")
    wait_until(browser, "document.querySelectorAll('#detail .delivery').length === 2", "the replayed delivery")


def click(browser, selector):
    """Clicks the element once the page has rendered it."""
    query = f"document.querySelector({json.dumps(selector)})"
    wait_until(browser, f"!!{query}", selector)
    browser.evaluate(f"{query}.click()")


def choose_kind(browser, kind):
    browser.evaluate(f"{{ const s = document.getElementById('f-kind'); s.value = {json.dumps(kind)};"
                     "s.dispatchEvent(new Event('change')); }")


def check_settle_button(browser, base, careless_pending):
    click(browser, f"[data-id={json.dumps(careless_pending)}]")
    click(browser, "#detail [data-settle=approve]")
    wait_until(browser, "document.querySelector('#detail-title .pill').textContent === 'CAPTURED'",
               "the pending payment settled from the dashboard")
    settled = api(base, "GET", f"/v2/charges/{careless_pending}", key=CARELESS)
    expect(settled["status"] == "CAPTURED", f"the dashboard settled {careless_pending} as {settled['status']}")


def check_review_tab(browser):
    click(browser, "#tab-review")
    wait_until(browser, "document.querySelectorAll('#review [data-check]').length === 24", "both accounts' checks")
    expect(browser.evaluate("getComputedStyle(document.getElementById('objects-view')).display === 'none'"
                            " && document.getElementById('review').offsetHeight > 0"), "the review tab is not shown alone")
    passing = browser.evaluate("document.querySelectorAll('#review .check.pass').length")
    failing = browser.evaluate("document.querySelectorAll('#review .check.fail').length")
    expect(passing >= 12 and failing >= 9, f"review tab shows {passing} passing and {failing} failing checks")


def check_review_page(browser, base, careless_merchant, screenshots):
    browser.call("Emulation.setDeviceMetricsOverride", {"width": 1100, "height": 1400, "deviceScaleFactor": 1,
                                                          "mobile": False})
    browser.navigate(f"{base}/_sandbox/review?merchant_id={careless_merchant}")
    expect(browser.evaluate("document.querySelectorAll('.check').length") == 12, "the review page has not 12 checks")
    expect(browser.evaluate("document.querySelectorAll('.check.fail').length") >= 9, "too few failing checks shown")
    expect(browser.evaluate("window.__pwned === undefined && !document.querySelector('main script, main img')"),
           "hostile text became markup on the review page")
    expect(HOSTILE_URL in browser.evaluate("document.body.textContent"), "the hostile post.url is not shown")
    if screenshots:
        browser.screenshot(os.path.join(screenshots, "review.png"), full_page=False)


def scenario(browser, base, merchant, options):
    Merchant.sandbox = base
    careful = careful_traffic(base, merchant)
    careless = careless_traffic(base, merchant)
    finish_deliveries(base, CAREFUL)
    finish_deliveries(base, CARELESS)
    probe = api(base, "POST", "/_sandbox/review/probe")
    expect(probe["object"] == "review_probe", "the probe was not sent")
    careless_merchant = check_review_api(base)
    browser.open_page(width=1440, height=900)
    check_dashboard(browser, base, careful + careless, options.screenshots)
    check_settle_button(browser, base, careless[2])
    check_review_tab(browser)
    check_review_page(browser, base, careless_merchant, options.screenshots)
    return (f"{len(careful + careless)} objects found in the dashboard, detail, filter, replay and settle work, "
            "reviews pass and fail as made")


if __name__ == "__main__":
    sys.exit(run_browser_test("dashboard test", __doc__, "save dashboard.png and review.png here", Merchant, scenario))
