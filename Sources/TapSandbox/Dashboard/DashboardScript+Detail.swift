extension DashboardScript {
    /// The detail view: facts, actions (settle on the hosted page, replay a webhook, follow the redirect),
    /// activities, every webhook attempt with its headers and `hashstring`, related objects and the JSON.
    static let detail: HTML = """
        async function select(id) {
          view.selected = id;
          view.lastDetail = "";
          for (const row of $("rows").querySelectorAll("tr")) {
            const button = row.querySelector("[data-id]");
            row.classList.toggle("selected", !!button && button.dataset.id === id);
          }
          await refreshDetail();
        }
        async function refreshDetail() {
          const id = view.selected;
          let text;
          try {
            text = await fetchText("/_sandbox/objects/" + encodeURIComponent(id));
          } catch (error) {
            if (error.status !== 404) throw error;
            text = "gone";
          }
          if (text === view.lastDetail || id !== view.selected) return;
          view.lastDetail = text;
          if (text === "gone") {
            $("detail").replaceChildren(el("h2", {id: "detail-title", class: "section-title"}, ["Details"]),
              el("p", {}, [id + " no longer exists (the account was reset)."]));
            return;
          }
          renderDetail(JSON.parse(text));
        }
        function renderDetail(d) {
          const box = $("detail");
          const open = new Set([...box.querySelectorAll("details[open]")].map((x) => x.dataset.key));
          const scroll = box.scrollTop;
          const data = d.data;
          const status = d.summary.status;
          box.replaceChildren(...[
            el("h2", {id: "detail-title", class: "section-title detail-head"}, [kindTag(d.kind), el("code", {}, [d.id]),
              pill(status)]),
            el("p", {class: "muted"}, ["Merchant " + d.merchant_id]),
            actions(d), facts(d), activities(data, d.summary.amount), related(d),
            ...(d.kind === "webhook" ? [] : [deliveries(d.deliveries)]),
            d.kind === "webhook" ? delivery(data, true) : null,
            el("details", {"data-key": "json"}, [el("summary", {}, ["Object JSON"]), el("pre", {}, [d.data_text])]),
          ].filter(Boolean));
          for (const details of box.querySelectorAll("details")) {
            if (open.has(details.dataset.key)) details.open = true;
          }
          box.scrollTop = scroll;
        }
        function actions(d) {
          const row = el("div", {class: "actions"});
          if (d.hosted_page) {
            row.append(
              el("button", {type: "button", class: "primary", "data-settle": "approve"}, ["Approve payment"]),
              el("button", {type: "button", class: "danger", "data-settle": "decline"}, ["Decline payment"]),
              link(d.hosted_page, "Open hosted page", true));
          }
          if (d.redirect_to && d.data.redirect && d.data.redirect.status === "SUCCESS") {
            row.append(link(d.redirect_to, "Open redirect.url with tap_id (as the customer)", true));
          }
          row.addEventListener("click", (e) => {
            const button = e.target.closest("[data-settle]");
            if (button) settle(d.id, button.dataset.settle, button);
          });
          return row.childElementCount ? row : null;
        }
        function facts(d) {
          const x = d.data;
          const ref = x.reference || {};
          const rows = [
            ["Amount", d.summary.amount ? d.summary.amount + " " + d.summary.currency : null],
            ["Created", utc((x.transaction && x.transaction.created) || x.created || x.date)],
            ["Response", x.response ? x.response.code + " " + x.response.message : null],
            ["Method", x.source ? x.source.payment_method || x.source.id : null],
            ["reference.order", ref.order], ["reference.transaction", ref.transaction],
            ["reference.idempotent", ref.idempotent],
            ["Customer", x.customer ? [x.customer.first_name, x.customer.last_name, x.customer.email]
              .filter(Boolean).join(" ") : null],
            ["post.url", x.post ? x.post.url + " (" + x.post.status + ")" : null],
            ["redirect.url", x.redirect ? x.redirect.url + " (" + x.redirect.status + ")" : null],
            ["Description", x.description],
          ].filter((r) => r[1]);
          if (!rows.length) return null;
          return el("dl", {class: "facts"}, rows.flatMap(([k, v]) => [el("dt", {}, [k]), el("dd", {}, [v])]));
        }
        function activities(data, amount) {
          if (!data.activities || !data.activities.length) return null;
          const places = (String(amount).split(".")[1] || "").length;
          const head = el("tr", {}, [el("th", {scope: "col"}, ["Status"]), el("th", {scope: "col"}, ["Time (UTC)"]),
            el("th", {scope: "col", class: "num"}, ["Amount"])]);
          const rows = data.activities.map((a) => el("tr", {}, [el("td", {}, [pill(a.status)]),
            el("td", {class: "time"}, [utc(a.created)]),
            el("td", {class: "num"}, [Number(a.amount).toFixed(places)])]));
          return el("div", {}, [el("h3", {class: "sub"}, ["Activities"]),
            el("table", {}, [el("thead", {}, [head]), el("tbody", {}, rows)])]);
        }
        function related(d) {
          if (!d.related.length) return null;
          const list = el("div", {class: "actions"}, d.related.map((r) =>
            el("button", {type: "button", class: "link", "data-related": r.id}, [r.kind + " " + r.id])));
          list.addEventListener("click", (e) => {
            const button = e.target.closest("[data-related]");
            if (button) select(button.dataset.related);
          });
          return el("div", {}, [el("h3", {class: "sub"}, ["Related"]), list]);
        }
        function deliveries(list) {
          return el("div", {}, [el("h3", {class: "sub"}, ["Webhook deliveries (" + list.length + ")"]),
            list.length ? null : el("p", {class: "muted"}, ["None: no post.url, or no final status yet."]),
            ...list.map((w) => delivery(w, false))]);
        }
        function delivery(w, alone) {
          const flags = [w.replay_of ? "replay of " + w.replay_of : null, w.tampered ? "wrong hashstring" : null,
            w.duplicate_of ? "duplicate of " + w.duplicate_of : null, w.scenario ? "scenario " + w.scenario : null]
            .filter(Boolean).join(", ");
          const box = el("div", {class: "delivery"}, [
            el("div", {class: "delivery-head"}, [el("code", {}, [w.id]), pill(w.status), "→ " + w.url,
              flags ? el("span", {class: "muted"}, ["(" + flags + ")"]) : null]),
            el("div", {class: "actions"}, [
              el("button", {type: "button", "data-replay": w.id}, ["Replay"]),
              el("button", {type: "button", "data-replay": w.id, "data-tamper": "1"},
                ["Replay with wrong hashstring"])]),
            ...w.attempts.map((a) => attempt(w, a, alone))]);
          box.addEventListener("click", (e) => {
            const button = e.target.closest("[data-replay]");
            if (button) replay(button.dataset.replay, !!button.dataset.tamper, button);
          });
          return box;
        }
        function attempt(w, a, alone) {
          const outcome = a.response ? "answered " + a.response.status : a.error ? a.error : "in flight";
          const latency = a.latency_ms !== null ? " in " + a.latency_ms + " ms" : "";
          const sent = a.request || {headers: {},
            body: a.error ? "(nothing was sent: the connection failed)" : "(connecting)"};
          const headers = Object.entries(sent.headers).map(([name, value]) => el("tr",
            {class: name === "hashstring" ? "signature" : null}, [el("td", {}, [name]), el("td", {}, [value])]));
          const answered = a.response && a.response.status < 300 ? "SUCCESS"
            : a.response || a.error ? "ERROR" : "SENDING";
          const key = w.id + "-" + a.attempt;
          return el("div", {class: "attempt"}, [
            el("div", {}, [el("strong", {}, ["Attempt " + a.attempt]), " · " + utc(a.time) + " · ",
              pill(answered, outcome),
              latency, a.response && a.error ? el("div", {class: "muted"}, [a.error]) : null]),
            el("details", {"data-key": key + "-h", open: alone}, [el("summary", {}, ["Request headers (hashstring)"]),
              el("table", {class: "headers"}, [el("tbody", {}, headers)])]),
            el("details", {"data-key": key + "-b"}, [el("summary", {}, ["Request body (the bytes signed)"]),
              el("pre", {}, [sent.body])]),
            a.response ? el("details", {"data-key": key + "-r"}, [el("summary", {}, ["Answer " + a.response.status]),
              el("pre", {}, [a.response.body || "(empty body)"])]) : null]);
        }
        async function replay(id, tamper, button) {
          button.disabled = true;
          try {
            const text = await fetchText("/_sandbox/webhooks/" + encodeURIComponent(id) + "/replay", {method: "POST",
              headers: {"content-type": "application/json", accept: "application/json"},
              body: JSON.stringify(tamper ? {tamper: "signature"} : {})});
            toast((tamper ? "Sent with a wrong hashstring as " : "Replayed as ") + JSON.parse(text).id + ".");
          } catch (error) {
            toast("Replay failed: " + error.message);
          } finally {
            button.disabled = false;
            view.lastDetail = "";
            refresh(true);
          }
        }
        async function settle(id, action, button) {
          button.disabled = true;
          try {
            const response = await fetch("/_sandbox/pay/" + encodeURIComponent(id), {method: "POST",
              redirect: "manual", headers: {"content-type": "application/json"},
              body: JSON.stringify({action: action})});
            if (response.type !== "opaqueredirect" && !response.ok) throw new Error("answered " + response.status);
            toast((action === "approve" ? "Approved " : "Declined ") + id + ". Its customer would now be sent back.");
          } catch (error) {
            toast("Settling failed: " + error.message);
          } finally {
            button.disabled = false;
            view.lastDetail = "";
            view.lastList = "";
            refresh(true);
          }
        }

        """
}
