/// The dashboard's script, in three parts: `core` (polling, the account strip, filters, the object list and
/// tabs), `detail` (one object in full, replay and settle buttons) and `review` (the integration review).
///
/// Every value from the sandbox reaches the page through `textContent` or `createTextNode` (the `el`
/// helper); `innerHTML` is never used, and links are only set to `http(s)://` or `/_sandbox/` URLs, so a
/// hostile description, reference or URL stays text. Plain ES2017, no backslashes (this is a Swift literal).
enum DashboardScript {
    static let core: HTML = """
        "use strict";
        const REFRESH_MS = 2000;
        const view = {filters: {account: "", kind: "", status: "", text: ""}, selected: null, tab: "objects",
          paused: false, busy: false, lastList: "", lastDetail: "", lastReview: "", reviews: {}, accounts: []};
        const $ = (id) => document.getElementById(id);

        function el(tag, attributes, children) {
          const node = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes || {})) {
            if (value === null || value === undefined || value === false) continue;
            if (name === "class") node.className = value;
            else node.setAttribute(name, value === true ? "" : String(value));
          }
          for (const child of children || []) {
            if (child === null || child === undefined) continue;
            node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
          }
          return node;
        }
        function safeURL(url) {
          const text = String(url || "");
          return /^(https?:[/][/]|[/]_sandbox[/])/i.test(text) ? text : null;
        }
        function link(url, text, newTab) {
          const href = safeURL(url);
          if (!href) return el("span", {}, [text]);
          return el("a", {href: href, target: newTab ? "_blank" : null, rel: newTab ? "noopener" : null}, [text]);
        }
        function utc(ms) {
          const number = Number(ms);
          return number ? new Date(number).toISOString().replace("T", " ").slice(0, 19) : "";
        }
        const GOOD = ["CAPTURED", "AUTHORIZED", "REFUNDED", "PAID_OUT", "SUCCESS", "PASS"];
        const BAD = ["DECLINED", "FAILED", "CANCELLED", "RESTRICTED", "TIMEDOUT", "UNKNOWN", "ERROR", "FAIL"];
        const OPEN = ["INITIATED", "IN_PROGRESS", "PENDING", "SCHEDULED", "QUEUED", "SENDING", "HELD"];
        function tone(status) {
          const s = String(status || "").toUpperCase();
          return GOOD.includes(s) ? "ok" : BAD.includes(s) ? "bad" : OPEN.includes(s) ? "warn" : "wait";
        }
        function pill(status, label) { return el("span", {class: "pill " + tone(status)}, [label || status]); }
        function kindTag(kind) { return el("span", {class: "kind " + kind}, [kind]); }
        function toast(message) {
          $("toast").textContent = message;
          clearTimeout(toast.timer);
          toast.timer = setTimeout(() => { $("toast").textContent = ""; }, 5000);
        }
        function setLive(state, text) {
          $("live").className = "live " + state;
          $("live-text").textContent = text;
        }
        async function fetchText(url, options) {
          const response = await fetch(url, Object.assign({cache: "no-store", headers: {accept: "application/json"}},
            options || {}));
          const text = await response.text();
          if (!response.ok) {
            const error = new Error(url + " answered " + response.status);
            error.status = response.status;
            throw error;
          }
          return text;
        }
        function listURL() {
          const f = view.filters;
          const query = new URLSearchParams({limit: "200"});
          if (f.account) query.set("merchant_id", f.account);
          if (f.kind) query.set("kind", f.kind);
          if (f.status) query.set("status", f.status);
          if (f.text) query.set("q", f.text);
          return "/_sandbox/objects?" + query.toString();
        }

        async function refresh(force) {
          if (view.busy || (!force && (view.paused || document.hidden))) return;
          view.busy = true;
          try {
            const list = await fetchText(listURL());
            if (list !== view.lastList) { view.lastList = list; renderList(JSON.parse(list)); }
            if (view.selected) await refreshDetail();
            if (view.tab === "review" || !view.reviewLoaded) await refreshReview();
            setLive(view.paused ? "paused" : "", (view.paused ? "Paused" : "Live") + " · updated " +
              new Date().toLocaleTimeString());
          } catch (error) {
            setLive("down", "Sandbox unreachable: " + error.message);
          } finally {
            view.busy = false;
          }
        }

        function renderList(data) {
          view.accounts = data.accounts;
          renderAccounts();
          const merchants = data.accounts.map((a) => [a.merchant_id, "Merchant " + a.merchant_id]);
          fillSelect($("f-account"), merchants, "All accounts");
          fillSelect($("f-status"), data.statuses.map((s) => [s, s]), "Any status");
          const focused = document.activeElement && document.activeElement.dataset
            ? document.activeElement.dataset.id : null;
          const rows = data.objects.map((o) => el("tr", {class: o.id === view.selected ? "selected" : null}, [
            el("td", {class: "object"}, [kindTag(o.kind), el("button", {type: "button", class: "link", "data-id": o.id,
              "aria-label": "Show " + o.kind + " " + o.id}, [o.id])]),
            el("td", {}, [pill(o.status)]),
            el("td", {class: "num"}, [o.amount ? o.amount + " " + o.currency : ""]),
            el("td", {class: "label"}, [o.label]),
            el("td", {class: "time"}, [utc(o.created).slice(5)]),
          ]));
          $("rows").replaceChildren(...rows);
          const any = data.accounts.length > 0;
          $("count").textContent = data.count === 0
            ? (any ? "No object matches these filters." : "No account yet: send a request with a sk_test_ key.")
            : "Showing " + data.objects.length + " of " + data.count + ", newest first.";
          if (focused) {
            const again = $("rows").querySelector("[data-id='" + CSS.escape(focused) + "']");
            if (again) again.focus();
          }
        }
        function fillSelect(select, options, anyLabel) {
          const chosen = select.value;
          const values = options.map((o) => o[0]);
          if (chosen && !values.includes(chosen)) options.push([chosen, chosen]);
          select.replaceChildren(el("option", {value: ""}, [anyLabel]),
            ...options.map(([value, label]) => el("option", {value: value}, [label])));
          select.value = chosen;
        }
        function renderAccounts() {
          const items = view.accounts.map((a) => {
            const c = a.counts;
            const review = view.reviews[a.merchant_id];
            const counts = [[c.charge, "charge"], [c.authorize, "authorization"], [c.refund, "refund"],
              [c.payout, "payout"], [c.webhook, "webhook"]].map(([n, word]) => n + " " + word + (n === 1 ? "" : "s"))
              .join(" · ");
            const chosen = view.filters.account === a.merchant_id;
            const attributes = {type: "button", "aria-pressed": String(chosen), "data-account": a.merchant_id};
            return el("li", {}, [el("button", attributes,
              [el("span", {class: "account-id"}, ["Merchant " + a.merchant_id + " "]),
               el("span", {class: "mono muted"}, [a.key]),
               el("span", {class: "account-counts"}, [counts]),
               review ? el("span", {}, [el("span", {class: "pill " + review.status},
                 ["Review: " + review.status + " · " + review.summary.fail + " failing"])]) : null])]);
          });
          $("accounts").replaceChildren(...(items.length ? items : [el("li", {class: "muted"},
            ["No account yet. Each sk_test_ key is its own account."])]));
        }

        function setFilter(name, value) {
          view.filters[name] = value;
          view.lastList = "";
          view.lastReview = "";
          refresh(true);
        }
        $("f-account").addEventListener("change", (e) => setFilter("account", e.target.value));
        $("f-kind").addEventListener("change", (e) => setFilter("kind", e.target.value));
        $("f-status").addEventListener("change", (e) => setFilter("status", e.target.value));
        $("f-text").addEventListener("input", (e) => {
          clearTimeout(setFilter.timer);
          setFilter.timer = setTimeout(() => setFilter("text", e.target.value.trim()), 250);
        });
        $("filters").addEventListener("submit", (e) => e.preventDefault());
        $("accounts").addEventListener("click", (e) => {
          const button = e.target.closest("[data-account]");
          if (!button) return;
          const id = button.dataset.account;
          $("f-account").value = view.filters.account === id ? "" : id;
          setFilter("account", $("f-account").value);
        });
        $("rows").addEventListener("click", (e) => {
          const button = e.target.closest("[data-id]");
          if (button) select(button.dataset.id);
        });
        $("pause").addEventListener("click", () => {
          view.paused = !view.paused;
          $("pause").setAttribute("aria-pressed", String(view.paused));
          $("pause").textContent = view.paused ? "Resume" : "Pause";
          setLive(view.paused ? "paused" : "", view.paused ? "Paused" : "Live");
          if (!view.paused) refresh(true);
        });
        function showTab(name) {
          view.tab = name;
          for (const tab of ["objects", "review"]) {
            const selected = tab === name;
            $("tab-" + tab).setAttribute("aria-selected", String(selected));
            $("tab-" + tab).tabIndex = selected ? 0 : -1;
            $(tab + "-view").hidden = !selected;
          }
          if (name === "review") { view.lastReview = ""; refresh(true); }
        }
        for (const tab of ["objects", "review"]) {
          $("tab-" + tab).addEventListener("click", () => showTab(tab));
          $("tab-" + tab).addEventListener("keydown", (e) => {
            if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
            const other = tab === "objects" ? "review" : "objects";
            showTab(other);
            $("tab-" + other).focus();
          });
        }
        document.addEventListener("visibilitychange", () => refresh());
        setInterval(refresh, REFRESH_MS);

        """
}
