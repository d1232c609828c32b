/// The style sheet shared by the sandbox's own pages for people, the review page and the dashboard: the top
/// bar, panels, status pills and the review's checks. Inline (the pages work offline). Text keeps 4.5:1 or
/// more against its background (WCAG 2.2 SC 1.4.3), focus is always visible (SC 2.4.7), and a status is
/// never told by colour alone: every pill says pass, fail or not exercised in words.
enum SandboxPageStyle {
    static let css: HTML = """
        *{box-sizing:border-box}
        html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;\
        line-height:1.45;color:#1f2937;background:#eef1f5;font-size:15px}
        body{margin:0}
        a{color:#1d4ed8}
        :focus-visible{outline:3px solid #2563eb;outline-offset:2px}
        .topbar{background:#111827;color:#fff;padding:.6rem 1.25rem;display:flex;align-items:center;gap:.75rem;\
        flex-wrap:wrap}
        .topbar a{color:#bfdbfe}
        .brand{font-weight:800;font-size:1.2rem;letter-spacing:.02em}
        .brand-sub{color:#d1d5db;font-weight:600}
        .badge{background:#fde68a;color:#713f12;font-size:.72rem;font-weight:700;padding:.1rem .6rem;\
        border-radius:999px}
        .spacer{flex:1}
        .panel{background:#fff;border-radius:12px;padding:1rem 1.25rem;margin-bottom:1rem;\
        box-shadow:0 1px 3px rgba(15,23,42,.12),0 6px 18px rgba(15,23,42,.05)}
        h1{font-size:1.35rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:0}h3{font-size:1rem;margin:0}
        code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.88em}
        .muted{color:#4b5563}
        .pill{display:inline-flex;align-items:center;gap:.3rem;font-size:.78rem;font-weight:700;\
        padding:.1rem .55rem;border-radius:999px;white-space:nowrap;text-transform:uppercase;letter-spacing:.03em}
        .pill.pass,.pill.ok{background:#d1fae5;color:#065f46}
        .pill.fail,.pill.bad{background:#fee2e2;color:#991b1b}
        .pill.not_exercised,.pill.incomplete,.pill.wait{background:#e5e7eb;color:#374151}
        .pill.warn{background:#fef3c7;color:#92400e}
        .review-head{display:flex;align-items:center;gap:.75rem;flex-wrap:wrap}
        .counts{display:flex;gap:.5rem;flex-wrap:wrap;margin:.5rem 0 0}
        .checks{list-style:none;margin:.75rem 0 0;padding:0;display:grid;gap:.6rem}
        .check{border:1px solid #d1d5db;border-inline-start:6px solid #9ca3af;border-radius:10px;\
        padding:.6rem .9rem;background:#fff}
        .check.pass{border-inline-start-color:#047857}.check.fail{border-inline-start-color:#b91c1c}
        .check-head{display:flex;align-items:center;gap:.6rem;flex-wrap:wrap}
        .check-head code{color:#4b5563}
        .check p{margin:.35rem 0 0}
        .fix{background:#f8fafc;border-radius:6px;padding:.3rem .6rem}
        .check details{margin-top:.35rem}.check summary{cursor:pointer;font-weight:600;font-size:.9rem}
        .evidence{margin:.3rem 0 0;padding-inline-start:1.2rem;font-size:.88rem}
        .evidence li{margin:.1rem 0;overflow-wrap:anywhere}
        .kind{display:inline-block;background:#e0e7ff;color:#3730a3;border-radius:4px;padding:0 .35rem;\
        font-size:.75rem;font-weight:700;margin-inline-end:.3rem}
        .source{font-size:.85rem;color:#4b5563;margin:.35rem 0 0;border-inline-start:3px solid #d1d5db;\
        padding-inline-start:.6rem}
        .source q{font-style:italic}
        """
}
