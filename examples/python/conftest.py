"""Fixtures of the merchant integration suite: a running tap-sandbox (TAP_BASE_URL), a fresh test key per
test (each key is its own merchant account, so tests never see each other's charges), and the toy shop of
examples/merchant running in this process against the sandbox."""

import os
import pathlib
import secrets
import sys
import threading
import time

import pytest
import requests

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "merchant"))
import merchant  # noqa: E402  (the application under test)

TAP_BASE_URL = os.environ.get("TAP_BASE_URL", "http://127.0.0.1:7800/v2").rstrip("/")
SANDBOX_URL = TAP_BASE_URL.rsplit("/v2", 1)[0]


def wait_for(condition, what, timeout=10.0):
    """Polls `condition` until it returns something truthy; webhooks arrive on the sandbox's own threads."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Tap(requests.Session):
    """Direct calls to the Tap API and the sandbox's control API, as the merchant's test code makes them."""

    def __init__(self, secret_key):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {secret_key}"

    def api(self, method, path, **kwargs):
        return self.request(method, TAP_BASE_URL + path, timeout=10, **kwargs)

    def control(self, method, path, **kwargs):
        return self.request(method, SANDBOX_URL + "/_sandbox" + path, timeout=10, **kwargs)

    def advance_clock(self, seconds):
        self.control("POST", "/clock/advance", json={"seconds": seconds}).raise_for_status()

    def deliveries(self, object_id):
        return self.control("GET", "/webhooks", params={"object_id": object_id}).json()["deliveries"]


class ShopClient:
    """The toy shop, seen from outside (a browser, or Tap's webhook sender)."""

    def __init__(self, url):
        self.url = url

    def orders(self):
        return requests.get(self.url + "/orders", timeout=10).json()

    def webhook(self, object_id, status):
        def received():
            return next((w for w in self.orders()["webhooks"] if w["id"] == object_id and w["status"] == status),
                        None)
        return wait_for(received, f"the {status} webhook of {object_id} at the shop")


@pytest.fixture(scope="session")
def sandbox_url():
    try:
        requests.get(SANDBOX_URL + "/_sandbox/health", timeout=5).raise_for_status()
    except requests.RequestException as error:
        pytest.exit(f"no tap-sandbox answers at {SANDBOX_URL} (set TAP_BASE_URL): {error}", returncode=1)
    return SANDBOX_URL


@pytest.fixture
def secret_key():
    return "sk_test_" + secrets.token_hex(12)


@pytest.fixture
def tap(sandbox_url, secret_key):
    with Tap(secret_key) as session:
        yield session


@pytest.fixture
def shop(sandbox_url, secret_key):
    server = merchant.make_server(port=0, base_url=TAP_BASE_URL, secret_key=secret_key)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield ShopClient(f"http://127.0.0.1:{server.server_address[1]}")
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def has_refunds(sandbox_url):
    """Whether this sandbox emulates /v2/refunds (its OpenAPI document lists every route)."""
    paths = requests.get(sandbox_url + "/_sandbox/openapi.json", timeout=10).json()["paths"]
    return "/v2/refunds" in paths
