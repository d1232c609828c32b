/// The dashboard's document (`GET /_sandbox/`): a fixed shell with no data in it. The script
/// (`DashboardScript`) fills it from the JSON endpoints with `textContent` and DOM nodes only, so no value a
/// merchant sent can become markup. Inline CSS and script: the page needs no network beyond the sandbox.
enum DashboardPage {
    static let document: HTML = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>Dashboard · tap-sandbox</title>
        <style>\(SandboxPageStyle.css)\(DashboardStyle.css)</style>
        </head>
        <body>
        <header class="topbar"><span class="brand">tap</span><span class="brand-sub">sandbox dashboard</span>\
        <span class="badge">TEST MODE</span><span class="spacer"></span>\
        <span id="live" class="live"><span class="dot" aria-hidden="true"></span>\
        <span id="live-text">Connecting…</span></span>\
        <button id="pause" type="button" class="ghost" aria-pressed="false">Pause</button>\
        <a href="/_sandbox/review">Review page</a></header>
        <main>
        <section class="panel" aria-labelledby="accounts-title">
        <h2 id="accounts-title" class="section-title">Accounts</h2>
        <ul id="accounts" class="accounts"></ul>
        </section>
        <div class="tabs" role="tablist" aria-label="Views">
        <button type="button" role="tab" id="tab-objects" aria-controls="objects-view" aria-selected="true">\
        Objects</button>
        <button type="button" role="tab" id="tab-review" aria-controls="review-view" aria-selected="false" \
        tabindex="-1">\
        Integration review</button>
        </div>
        <section id="objects-view" role="tabpanel" aria-labelledby="tab-objects" class="split">
        <div class="panel list-panel">
        <form id="filters" class="filters" role="search" aria-label="Filter objects">
        <label>Account<select id="f-account"><option value="">All accounts</option></select></label>
        <label>Kind<select id="f-kind"><option value="">All kinds</option><option value="charge">Charges</option>\
        <option value="authorize">Authorizations</option><option value="refund">Refunds</option>\
        <option value="payout">Payouts</option><option value="webhook">Webhook deliveries</option></select></label>
        <label>Status<select id="f-status"><option value="">Any status</option></select></label>
        <label class="grow">Search<input id="f-text" type="search" autocomplete="off" \
        placeholder="id, reference, email, URL…"></label>
        </form>
        <p id="count" class="muted count"></p>
        <div class="table-wrap"><table>
        <caption class="sr-only">Objects, newest first</caption>
        <thead><tr><th scope="col">Object</th><th scope="col">Status</th><th scope="col" class="num">Amount</th>\
        <th scope="col">Details</th><th scope="col">Created (UTC)</th></tr></thead>
        <tbody id="rows"></tbody>
        </table></div>
        </div>
        <aside id="detail" class="panel detail" aria-labelledby="detail-title" tabindex="-1">
        <h2 id="detail-title" class="section-title">Details</h2>
        <p class="muted">Select an object to see its JSON, activities and every webhook attempt.</p>
        </aside>
        </section>
        <section id="review-view" role="tabpanel" aria-labelledby="tab-review" hidden>
        <div id="review"></div>
        </section>
        </main>
        <div id="toast" class="toast" role="status" aria-live="polite"></div>
        <script>\(DashboardScript.core)\(DashboardScript.detail)\(DashboardScript.review)</script>
        </body>
        </html>
        """
}
