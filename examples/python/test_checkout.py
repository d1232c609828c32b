"""A merchant's integration tests, run against tap-sandbox instead of api.tap.company:

    TAP_BASE_URL=http://127.0.0.1:7800/v2 pytest examples/python

The customer's browser is played with plain HTTP: the shop's checkout redirects to Tap's payment page
(transaction.url), the page's form is POSTed like a browser would, and its 302 leads back to the shop.
"""

import hashlib
import hmac
import json
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from conftest import wait_for

APPROVED_CARD = {"card_number": "5123450000000008", "expiry": "01/39", "cvv": "100"}
# Tap's simulator declines a CVC of 102 with 502 "Declined, Incorrect CSC/CVV" (spec §12.2).
DECLINED_CARD = {"card_number": "5123450000000008", "expiry": "01/39", "cvv": "102"}


def spec_hashstring(obj, secret_key):
    """Spec §9.2, written out again here so that the shop's own verifier is checked too."""
    places = 3 if obj["currency"] in {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"} else 2
    created = obj["transaction"]["created"] if "transaction" in obj else obj["created"]
    fields = [("id", obj["id"]), ("amount", f"{Decimal(str(obj['amount'])):.{places}f}"),
              ("currency", obj["currency"]), ("gateway_reference", obj["reference"]["gateway"]),
              ("payment_reference", obj["reference"]["payment"]), ("status", obj["status"]), ("created", created)]
    message = "".join(f"x_{name}{value}" for name, value in fields)
    return hmac.new(secret_key.encode(), message.encode(), hashlib.sha256).hexdigest()


def checkout(shop, amount="12.500", currency="KWD"):
    """The customer presses Pay at the shop and lands on Tap's payment page."""
    response = requests.get(f"{shop.url}/checkout", params={"amount": amount, "currency": currency},
                            allow_redirects=False, timeout=10)
    assert response.status_code == 303, response.text
    return response.headers["Location"]


def submit_payment_page(page_url, action="approve", **card):
    """What the page's form sends; answers the Location of the 302 back to the shop."""
    response = requests.post(page_url, data={"action": action, **card}, allow_redirects=False, timeout=10)
    assert response.status_code == 302, response.text
    return response.headers["Location"]


def test_hashstring_formula_matches_taps_published_vector():
    # A real webhook of Tap's test account (spec §9.4): an authorize of 1 SAR, signed as "1.00".
    authorize = {"id": "auth_TS04A0620240348Oh9e1101078", "amount": 1.0, "currency": "SAR", "status": "DECLINED",
                 "reference": {"gateway": "00", "payment": "6711240348011096264"},
                 "transaction": {"created": "1704944911345"}}
    assert spec_hashstring(authorize, "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ") == (
        "00552d2d6371bfb89dfccec3af87e31b006292e79266eecf55bbb44187cafbb8")


def test_card_payment_marks_the_order_paid(shop, tap, secret_key):
    page = checkout(shop)
    assert "/_sandbox/pay/chg_" in page

    back = submit_payment_page(page, **APPROVED_CARD)
    assert back.startswith(f"{shop.url}/return?tap_id=chg_")
    landing = requests.get(back, timeout=10)  # the browser follows the redirect
    assert "Order paid" in landing.text

    charge_id = parse_qs(urlsplit(back).query)["tap_id"][0]
    charge = tap.api("GET", f"/charges/{charge_id}").json()
    assert (charge["status"], charge["response"]["code"]) == ("CAPTURED", "000")
    assert charge["amount"] == 12.5 and charge["currency"] == "KWD"
    assert charge["card"]["last_four"] == "0008"

    assert shop.webhook(charge_id, "CAPTURED")["verified"]
    [delivery] = tap.deliveries(charge_id)
    sent = delivery["attempts"][0]["request"]
    body = json.loads(sent["body"], parse_float=Decimal)
    assert body["status"] == "CAPTURED"
    assert sent["headers"]["hashstring"] == spec_hashstring(body, secret_key)
    assert wait_for(lambda: tap.api("GET", f"/charges/{charge_id}").json()["post"]["status"] == "SUCCESS",
                    "post.status SUCCESS")


def test_declined_card_leaves_the_order_unpaid(shop, tap):
    back = submit_payment_page(checkout(shop, amount="7.25", currency="SAR"), **DECLINED_CARD)
    assert "Order declined" in requests.get(back, timeout=10).text

    charge_id = parse_qs(urlsplit(back).query)["tap_id"][0]
    charge = tap.api("GET", f"/charges/{charge_id}").json()
    assert (charge["status"], charge["response"]["code"]) == ("DECLINED", "502")
    assert shop.webhook(charge_id, "DECLINED")["verified"]


def test_customer_cancelling_on_the_page_cancels(shop, tap):
    back = submit_payment_page(checkout(shop), action="cancel")
    assert "Order cancelled" in requests.get(back, timeout=10).text
    charge_id = parse_qs(urlsplit(back).query)["tap_id"][0]
    assert tap.api("GET", f"/charges/{charge_id}").json()["status"] == "CANCELLED"


def test_tampered_webhook_is_refused_by_the_shop(shop, tap):
    charge_id = parse_qs(urlsplit(submit_payment_page(checkout(shop), **APPROVED_CARD)).query)["tap_id"][0]
    shop.webhook(charge_id, "CAPTURED")
    [original] = tap.deliveries(charge_id)

    replay = tap.control("POST", f"/webhooks/{original['id']}/replay", json={"tamper": "signature"}).json()
    assert replay["tampered"]

    def answered():
        delivery = next(d for d in tap.deliveries(charge_id) if d["id"] == replay["id"])
        return delivery["attempts"] and delivery["attempts"][0]["response"]
    assert wait_for(answered, "the shop's answer to the tampered webhook")["status"] == 401
    assert [w["verified"] for w in shop.orders()["webhooks"] if w["id"] == charge_id] == [True, False]


def test_unpaid_charge_is_abandoned_after_its_expiry(shop, tap):
    charge_id = checkout(shop).rsplit("/", 1)[1]
    tap.advance_clock(31 * 60)  # the sandbox clock, not a sleep: Tap's default expiry is 30 minutes
    assert tap.api("GET", f"/charges/{charge_id}").json()["status"] == "ABANDONED"
    assert tap.deliveries(charge_id) == []  # Tap posts no webhook for ABANDONED


def test_reference_idempotent_repeats_answer_the_first_charge(tap):
    body = {"amount": 3, "currency": "USD", "source": {"id": "src_all"},
            "customer": {"first_name": "Test", "email": "customer@example.com"},
            "redirect": {"url": "https://shop.example/return"}, "reference": {"order": "ord_1", "idempotent": "ord_1"}}
    first = tap.api("POST", "/charges", json=body).json()
    again = tap.api("POST", "/charges", json={**body, "amount": 4}).json()
    assert again["id"] == first["id"] and again["amount"] == 3


def test_refund_of_a_paid_order(shop, tap, has_refunds):
    if not has_refunds:
        pytest.skip("this tap-sandbox does not emulate /v2/refunds")
    back = submit_payment_page(checkout(shop), **APPROVED_CARD)
    charge_id = parse_qs(urlsplit(back).query)["tap_id"][0]
    shop.webhook(charge_id, "CAPTURED")
    [order] = [o for o in shop.orders()["orders"] if o["charge_id"] == charge_id]

    refund = requests.post(f"{shop.url}/refund", params={"order": order["id"]}, timeout=10).json()
    assert refund["status"] == "PENDING" and refund["charge_id"] == charge_id

    tap.advance_clock(5)  # CONTRACT: a refund becomes REFUNDED 5 s of sandbox clock later, with its webhook
    assert tap.api("GET", f"/refunds/{refund['id']}").json()["status"] == "REFUNDED"
    assert shop.webhook(refund["id"], "REFUNDED")["verified"]
    assert [o["status"] for o in shop.orders()["orders"] if o["id"] == order["id"]] == ["refunded"]
