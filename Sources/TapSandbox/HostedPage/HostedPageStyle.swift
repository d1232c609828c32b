/// The hosted page's inline style sheet and its one optional script. Logical properties (`inline-start`)
/// make the same rules work left-to-right and right-to-left. Colours keep text at 4.5:1 or more against
/// its background (WCAG 2.2 SC 1.4.3) and controls at 3:1 (SC 1.4.11); focus is always visible (SC 2.4.7).
enum HostedPageStyle {
    static let css: HTML = """
        *{box-sizing:border-box}
        html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","DejaVu Sans",\
        Tahoma,sans-serif;line-height:1.5;color:#1f2937;background:#eef1f5}
        body{margin:0}
        .theme-card{--accent:#0b5cad}.theme-knet{--accent:#00539b}
        .theme-benefit{--accent:#a50f28}.theme-mada{--accent:#006b57}
        .topbar{background:#111827;color:#fff;padding:.75rem 1.25rem;display:flex;align-items:center;gap:.75rem}
        .brand{font-weight:800;font-size:1.35rem;letter-spacing:.02em}
        .badge{background:#fde68a;color:#713f12;font-size:.75rem;font-weight:700;padding:.1rem .6rem;\
        border-radius:999px}
        main{max-width:32rem;margin:1.25rem auto;padding:0 1rem}
        .panel{background:#fff;border-radius:14px;padding:1.25rem 1.5rem;margin-bottom:1rem;overflow:hidden;\
        box-shadow:0 1px 3px rgba(15,23,42,.12),0 8px 24px rgba(15,23,42,.06)}
        .method-head{background:var(--accent);color:#fff;margin:-1.25rem -1.5rem 1rem;padding:.6rem 1.5rem;\
        font-weight:800;letter-spacing:.04em}
        h1,h2{font-size:1.15rem;margin:0 0 .75rem}
        .eyebrow{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:#4b5563;margin:0}
        .amount-label{margin:.5rem 0 0;color:#4b5563;font-size:.9rem}
        .amount{font-size:2.1rem;font-weight:800;margin:0;color:#111827}
        .facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:.75rem 0 0;font-size:.9rem}
        .facts dt{color:#4b5563}.facts dd{margin:0;overflow-wrap:anywhere}
        .num{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.95em;\
        direction:ltr;unicode-bidi:isolate}
        .amount .num{font-family:inherit;font-size:1em}
        .field{flex:1;min-width:0}
        label{display:block;font-weight:600;font-size:.9rem;margin:.8rem 0 .3rem}
        input,select{width:100%;font:inherit;padding:.6rem .75rem;border:1px solid #6b7280;border-radius:8px;\
        background:#fff;color:#111827}
        input[aria-invalid=true],select[aria-invalid=true]{border:2px solid #b91c1c}
        .row{display:flex;gap:1rem}
        button,.button{font:inherit;cursor:pointer;border-radius:8px;padding:.65rem 1rem;border:1px solid transparent;\
        display:inline-block;text-decoration:none;text-align:center}
        .primary{width:100%;margin-top:1.25rem;background:var(--accent);color:#fff;font-weight:700;font-size:1.05rem}
        .primary .num{font-family:inherit}
        .primary:hover{filter:brightness(1.1)}
        .secondary{background:#fff;color:#1f2937;border-color:#6b7280;font-size:.9rem;padding:.45rem .8rem}
        .secondary:hover{background:#f3f4f6}
        :focus-visible{outline:3px solid #2563eb;outline-offset:2px}
        .simulate{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 0;padding:0;border:0}
        .simulate legend{font-size:.8rem;color:#4b5563;padding:0;margin-bottom:.4rem}
        .error{color:#b91c1c;font-weight:600;margin:0}.error:empty{display:none}
        .hint{color:#4b5563;font-size:.9rem;margin:0 0 .75rem}
        [dir=rtl] input[dir=ltr]{text-align:right}
        .cards{list-style:none;margin:0;padding:0;display:grid;gap:.5rem;\
        grid-template-columns:repeat(auto-fill,minmax(12.5rem,1fr))}
        .cards a{display:flex;flex-direction:column;gap:.1rem;padding:.5rem .75rem;border:1px solid #d1d5db;\
        border-radius:8px;color:inherit;text-decoration:none;height:100%}
        .cards a:hover{border-color:var(--accent);background:#f8fafc}
        .card-name{font-weight:700;font-size:.8rem;letter-spacing:.03em}
        .detail{display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:center;font-size:.8rem;color:#4b5563}
        .tag{background:#e5e7eb;color:#374151;border-radius:999px;padding:0 .5rem}
        details{margin-top:1rem;font-size:.9rem}summary{cursor:pointer;font-weight:600}
        table{border-collapse:collapse;margin-top:.5rem;width:100%}td{border-top:1px solid #e5e7eb;padding:.3rem .5rem}
        .result{text-align:center}.result .facts{text-align:start;max-width:20rem;margin:1rem auto}
        .result-icon{font-size:2.2rem;line-height:1;margin:0 auto .5rem;width:3.5rem;height:3.5rem;border-radius:50%;\
        display:flex;align-items:center;justify-content:center;color:#fff}
        .result-icon.ok{background:#047857}.result-icon.ko{background:#b91c1c}
        footer{text-align:center;color:#4b5563;font-size:.8rem;margin:0 0 2rem}
        """

    /// Fills the form from a test card without leaving the page; without it, the links reload the page
    /// with the card filled in by the server.
    static let fillScript: HTML = """
        <script>
        document.querySelectorAll("a[data-number]").forEach(function (link) {
          link.addEventListener("click", function (event) {
            event.preventDefault();
            var form = document.getElementById("pay-form").elements;
            form.card_number.value = link.dataset.number;
            form.expiry.value = link.dataset.expiry;
            (form.cvv || form.pin).value = link.dataset.code;
            if (form.bank) { form.bank.value = link.dataset.bank; }
            document.getElementById("pay").focus();
          });
        });
        </script>
        """
}
