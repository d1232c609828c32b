extension DashboardScript {
    /// The integration review tab: `GET /_sandbox/review` (all accounts, or the one the account filter
    /// names), rendered like the review page, with a button that runs the hashstring probe.
    static let review: HTML = """
        async function refreshReview() {
          const scope = view.filters.account ? "?merchant_id=" + encodeURIComponent(view.filters.account) : "";
          const text = await fetchText("/_sandbox/review" + scope);
          view.reviewLoaded = true;
          if (text === view.lastReview) return;
          view.lastReview = text;
          const data = JSON.parse(text);
          for (const review of data.reviews) view.reviews[review.merchant_id] = review;
          renderAccounts();
          renderReviews(data.reviews);
        }
        const STATUS_LABELS = {pass: "✓ Pass", fail: "✗ Fail", not_exercised: "○ Not exercised"};
        const OUTCOME_LABELS = {pass: "✓ All pass", fail: "✗ Failing", incomplete: "○ Incomplete"};
        function renderReviews(reviews) {
          const open = new Set([...$("review").querySelectorAll("details[open]")].map((x) => x.dataset.key));
          const panels = reviews.map((r) => el("section",
            {class: "panel", "aria-labelledby": "review-" + r.merchant_id}, [
            el("div", {class: "review-head"}, [el("h2", {id: "review-" + r.merchant_id}, ["Merchant " + r.merchant_id]),
              el("span", {class: "pill " + r.status}, [OUTCOME_LABELS[r.status] || r.status]),
              el("button", {type: "button", class: "probe primary", "data-probe": r.merchant_id},
                ["Run hashstring probe"])]),
            el("p", {}, [r.summary.text]),
            el("p", {class: "counts"}, [el("span", {class: "pill pass"}, ["✓ " + r.summary.pass + " pass"]),
              el("span", {class: "pill fail"}, ["✗ " + r.summary.fail + " fail"]),
              el("span", {class: "pill not_exercised"}, ["○ " + r.summary.not_exercised + " not exercised"])]),
            el("ol", {class: "checks"}, r.checks.map((c) => check(r.merchant_id, c)))]));
          $("review").replaceChildren(...(panels.length ? panels
            : [el("p", {class: "panel"}, ["No account yet: send a request with a sk_test_ key to start."])]));
          for (const details of $("review").querySelectorAll("details")) {
            if (open.has(details.dataset.key)) details.open = true;
          }
        }
        function check(merchant, c) {
          const key = merchant + "-" + c.id;
          const more = c.evidence_total > c.evidence.length ? " (first " + c.evidence.length + ")" : "";
          return el("li", {class: "check " + c.status, "data-check": c.id}, [
            el("div", {class: "check-head"}, [el("span", {class: "pill " + c.status}, [STATUS_LABELS[c.status]]),
              el("h3", {}, [c.title]), el("code", {}, [c.id])]),
            el("p", {}, [c.summary]),
            c.status === "pass" ? null : el("p", {class: "fix"}, [el("strong", {}, ["Fix: "]), c.fix]),
            c.evidence.length ? el("details", {"data-key": key}, [
              el("summary", {}, ["Evidence: " + c.evidence_total + more]),
              el("ul", {class: "evidence"}, c.evidence.map(evidence))]) : null,
            el("p", {class: "source"}, [el("q", {}, [c.guideline]), ": ",
              link(c.source, c.source.includes("best-practices") ? "Tap: Recommendations & Best Practices"
                : "Tap: Webhook", true)])]);
        }
        function evidence(item) {
          const request = item.request ? el("code", {}, [item.request.method + " " + item.request.path]) : null;
          const when = item.request ? " at " + utc(item.request.time) +
            (item.request.status ? " → " + item.request.status : "") + ": " : "";
          const id = item.id ? (/^(chg|auth|re|payout|whd)_/.test(item.id)
            ? el("button", {type: "button", class: "link", "data-goto": item.id}, [item.id])
            : el("code", {}, [item.id])) : null;
          return el("li", {}, [el("span", {class: "kind"}, [item.object]), id, id ? " " : null, request, when,
            item.note]);
        }
        $("review").addEventListener("click", async (e) => {
          const goto = e.target.closest("[data-goto]");
          if (goto) { showTab("objects"); select(goto.dataset.goto); return; }
          const button = e.target.closest("[data-probe]");
          if (!button) return;
          button.disabled = true;
          button.textContent = "Probing…";
          try {
            const text = await fetchText("/_sandbox/review/probe?merchant_id=" +
              encodeURIComponent(button.dataset.probe), {method: "POST"});
            toast(JSON.parse(text).count ? "Probe answered: see webhooks.hashstring."
              : "Nothing to probe yet: the account has sent no webhook.");
          } catch (error) {
            toast("Probe failed: " + error.message);
          } finally {
            view.lastReview = "";
            refresh(true);
          }
        });
        refresh(true);

        """
}
