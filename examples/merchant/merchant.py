#!/usr/bin/env python3
"""A toy merchant shop that takes payments through Tap: the application a merchant would test against
tap-sandbox. Standard library only, so it runs in a bare `python:3` container (Docker/docker-compose.yml).

    TAP_BASE_URL=http://127.0.0.1:7800/v2 TAP_SECRET_KEY=sk_test_... python3 merchant.py

Routes:
    GET  /checkout?amount=12.500&currency=KWD  create an order and its charge, 303 to Tap's payment page
    GET  /return?tap_id=chg_...                where the payment page sends the customer back; the charge is
                                               retrieved from the API (never trust the redirect alone)
    POST /webhook                              Tap's webhook: answered 401 unless its hashstring verifies
    POST /refund?order=ord_...                 refund a paid order in full
    GET  /orders                               every order and every webhook received, as JSON
    GET  /health                               200 once serving

Settings (environment): TAP_BASE_URL, TAP_SECRET_KEY, PORT (8000), HOST (127.0.0.1; 0.0.0.0 in a container),
MERCHANT_PUBLIC_URL (the browser's address of this shop, for redirect.url; default http://127.0.0.1:PORT),
MERCHANT_WEBHOOK_URL (Tap's address of /webhook; default MERCHANT_PUBLIC_URL/webhook).
"""

import hashlib
import hmac
import itertools
import json
import os
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Tap formats the signed amount with the currency's decimals (spec §9.2).
THREE_DECIMALS = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}


def expected_hashstring(obj, secret_key):
    """Tap's webhook signature: HMAC-SHA256 keyed with the secret key over the x_... string."""
    places = 3 if obj["currency"] in THREE_DECIMALS else 2
    created = (obj.get("transaction") or {}).get("created", obj.get("created"))
    reference = obj.get("reference") or {}
    message = (f"x_id{obj['id']}x_amount{Decimal(str(obj['amount'])):.{places}f}x_currency{obj['currency']}"
               f"x_gateway_reference{reference.get('gateway', '')}"
               f"x_payment_reference{reference.get('payment', '')}"
               f"x_status{obj['status']}x_created{created}")
    return hmac.new(secret_key.encode(), message.encode(), hashlib.sha256).hexdigest()


class TapAPI:
    """The few Tap calls the shop makes, with urllib (a shop would use its Tap SDK or requests)."""

    def __init__(self, base_url, secret_key):
        self.base_url = base_url.rstrip("/")
        self.secret_key = secret_key
        # The sandbox is local: never send its traffic through a proxy from the environment.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method, path, body=None):
        request = urllib.request.Request(
            self.base_url + path, method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {self.secret_key}", "Content-Type": "application/json"})
        try:
            with self.opener.open(request, timeout=10) as response:
                return json.loads(response.read(), parse_float=Decimal)
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{method} {path}: HTTP {error.code} {error.read().decode()}") from None


class Shop:
    """Orders, by id, and the webhooks received; one lock around both."""

    def __init__(self, api, public_url, webhook_url):
        self.api = api
        self.public_url = public_url.rstrip("/")
        self.webhook_url = webhook_url
        self.lock = threading.Lock()
        self.orders = {}
        self.webhooks = []
        self.serial = itertools.count(1)

    def checkout(self, amount, currency):
        order_id = f"ord_{os.getpid()}_{next(self.serial)}"
        charge = self.api.call("POST", "/charges", {
            "amount": amount, "currency": currency, "source": {"id": "src_all"},
            "customer": {"first_name": "Test", "last_name": "Customer", "email": "customer@example.com"},
            "reference": {"transaction": f"txn_{order_id}", "order": order_id, "idempotent": order_id},
            "description": f"Order {order_id}", "metadata": {"order": order_id},
            "post": {"url": self.webhook_url},
            "redirect": {"url": f"{self.public_url}/return"},
        })
        with self.lock:
            self.orders[order_id] = {"id": order_id, "charge_id": charge["id"], "status": "awaiting payment",
                                     "amount": str(charge["amount"]), "currency": currency, "refunds": []}
        return charge["transaction"]["url"]

    def settle(self, charge):
        """Updates the order of a charge from Tap's view of it (the API's or a verified webhook's)."""
        paid = charge["status"] == "CAPTURED"
        with self.lock:
            for order in self.orders.values():
                if order["charge_id"] == charge["id"] and order["status"] != "refunded":
                    order["status"] = "paid" if paid else charge["status"].lower()
                    return order
        return None

    def refund(self, order_id):
        with self.lock:
            order = dict(self.orders.get(order_id) or {})
        if order.get("status") != "paid":
            return None
        refund = self.api.call("POST", "/refunds", {
            "charge_id": order["charge_id"], "amount": order["amount"], "currency": order["currency"],
            "reason": "requested_by_customer", "reference": {"merchant": f"refund_{order_id}"},
            "post": {"url": self.webhook_url}})
        with self.lock:
            self.orders[order_id]["refunds"].append(refund["id"])
        return refund

    def receive(self, obj, verified):
        with self.lock:
            self.webhooks.append({"id": obj.get("id"), "object": obj.get("object"), "status": obj.get("status"),
                                  "verified": verified})
            if verified and obj.get("object") == "refund" and obj.get("status") == "REFUNDED":
                for order in self.orders.values():
                    if obj["id"] in order["refunds"]:
                        order["status"] = "refunded"
        if verified and obj.get("object") == "charge":
            self.settle(obj)

    def snapshot(self):
        with self.lock:
            return {"orders": list(self.orders.values()), "webhooks": list(self.webhooks)}


class Handler(BaseHTTPRequestHandler):
    # Python's default Nagle-plus-delayed-ACK pause costs 40 ms per keep-alive request (NOTES.md).
    disable_nagle_algorithm = True
    shop = None  # set by make_server

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        if url.path == "/health":
            self.answer(200, {"status": "ok"})
        elif url.path == "/orders":
            self.answer(200, self.shop.snapshot())
        elif url.path == "/checkout":
            payment_page = self.shop.checkout(query.get("amount", "12.500"), query.get("currency", "KWD"))
            self.answer(303, None, location=payment_page)
        elif url.path == "/return" and query.get("tap_id"):
            order = self.shop.settle(self.shop.api.call("GET", "/charges/" + urllib.parse.quote(query["tap_id"])))
            status = order["status"] if order else "unknown order"
            page = (f"<!doctype html><title>Order</title><h1>Order {status}</h1>"
                    '<p><a href="/checkout">Buy again</a> · <a href="/orders">All orders and webhooks</a></p>')
            self.answer(200, page, html=True)
        else:
            self.answer(404, {"error": "not found"})

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if url.path == "/webhook":
            obj = json.loads(body, parse_float=Decimal)
            expected = expected_hashstring(obj, self.shop.api.secret_key)
            verified = hmac.compare_digest(self.headers.get("hashstring", ""), expected)
            self.shop.receive(obj, verified)
            self.answer(200 if verified else 401, {"received": verified})
        elif url.path == "/refund":
            refund = self.shop.refund(dict(urllib.parse.parse_qsl(url.query)).get("order", ""))
            self.answer(200 if refund else 409, refund or {"error": "no paid order of that id"})
        else:
            self.answer(404, {"error": "not found"})

    def answer(self, status, payload, location=None, html=False):
        data = b"" if payload is None else (payload if html else json.dumps(payload, default=str)).encode()
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8" if html else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        print(f"merchant: {self.command} {self.path} -> {args[1] if len(args) > 1 else ''}", file=sys.stderr)


def make_server(host="127.0.0.1", port=8000, base_url=None, secret_key=None, public_url=None, webhook_url=None):
    """A ready server (port 0 picks a free one); call serve_forever() on it."""
    server = ThreadingHTTPServer((host, port), Handler)
    port = server.server_address[1]
    public_url = public_url or f"http://127.0.0.1:{port}"
    api = TapAPI(base_url or "http://127.0.0.1:7800/v2", secret_key or "sk_test_MerchantShop1")
    server.RequestHandlerClass = type("ShopHandler", (Handler,), {
        "shop": Shop(api, public_url, webhook_url or public_url.rstrip("/") + "/webhook")})
    return server


def main():
    env = os.environ
    server = make_server(env.get("HOST", "127.0.0.1"), int(env.get("PORT", "8000")), env.get("TAP_BASE_URL"),
                         env.get("TAP_SECRET_KEY"), env.get("MERCHANT_PUBLIC_URL"), env.get("MERCHANT_WEBHOOK_URL"))
    print(f"merchant listening on http://{server.server_address[0]}:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
