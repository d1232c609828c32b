# pip install requests
# TAP_BASE_URL=http://localhost:7800/v2 TAP_SECRET_KEY=sk_test_... python3 charge.py
import os

import requests

BASE_URL = os.environ.get("TAP_BASE_URL", "https://api.tap.company/v2")  # the sandbox in tests
tap = requests.Session()
tap.headers["Authorization"] = f"Bearer {os.environ['TAP_SECRET_KEY']}"

token = tap.post(f"{BASE_URL}/tokens", json={
    "card": {"number": "5111111111111118", "exp_month": 1, "exp_year": 39, "cvc": 100, "name": "Test Card"},
}).json()
charge = tap.post(f"{BASE_URL}/charges", json={
    "amount": 10.5, "currency": "KWD", "threeDSecure": False, "source": {"id": token["id"]},
    "customer": {"first_name": "Test", "email": "test@example.com"},
    "reference": {"transaction": "txn_1001", "order": "ord_1001"},
    "redirect": {"url": "https://example.com/return"},
}).json()
print(charge["id"], charge["status"], charge["response"]["message"])
