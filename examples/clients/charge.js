// Node 18 or later, no packages:
// TAP_BASE_URL=http://localhost:7800/v2 TAP_SECRET_KEY=sk_test_... node charge.js
const BASE_URL = process.env.TAP_BASE_URL ?? "https://api.tap.company/v2"; // the sandbox in tests

async function tap(path, body) {
  const response = await fetch(BASE_URL + path, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.TAP_SECRET_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(json.errors)}`);
  return json;
}

(async () => {
  const token = await tap("/tokens", {
    card: { number: "5111111111111118", exp_month: 1, exp_year: 39, cvc: 100, name: "Test Card" },
  });
  const charge = await tap("/charges", {
    amount: 10.5, currency: "KWD", threeDSecure: false, source: { id: token.id },
    customer: { first_name: "Test", email: "test@example.com" },
    reference: { transaction: "txn_1001", order: "ord_1001" },
    redirect: { url: "https://example.com/return" },
  });
  console.log(charge.id, charge.status, charge.response.message);
})();
