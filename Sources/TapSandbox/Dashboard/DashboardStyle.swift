/// The dashboard's own rules, on top of `SandboxPageStyle`: a two-column layout for a laptop screen (the
/// list beside the detail), collapsing to one column on narrow windows.
enum DashboardStyle {
    static let css: HTML = """
        main{padding:1rem 1.25rem;max-width:110rem;margin:0 auto}
        [hidden]{display:none!important}
        .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .section-title{font-size:1rem;margin:0 0 .5rem}
        .live{display:inline-flex;align-items:center;gap:.4rem;font-size:.85rem;color:#d1d5db}
        .dot{width:.6rem;height:.6rem;border-radius:50%;background:#34d399}
        .live.paused .dot{background:#9ca3af}.live.down .dot{background:#f87171}
        button{font:inherit;cursor:pointer;border-radius:7px;padding:.3rem .7rem;border:1px solid #6b7280;\
        background:#fff;color:#1f2937}
        button:hover{background:#f3f4f6}
        button:disabled{cursor:default;opacity:.6}
        button.ghost{background:transparent;color:#fff;border-color:#9ca3af}
        button.ghost:hover{background:#1f2937}
        button.primary{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
        button.primary:hover{background:#1e40af}
        button.danger{border-color:#b91c1c;color:#991b1b}
        .accounts{list-style:none;margin:0;padding:0;display:flex;gap:.6rem;flex-wrap:wrap}
        .accounts li>button{text-align:start;display:grid;gap:.15rem;padding:.45rem .75rem;min-width:15rem}
        .accounts li>button[aria-pressed=true]{border:2px solid #1d4ed8;background:#eff6ff}
        .account-id{font-weight:700}
        .account-counts{font-size:.8rem;color:#4b5563}
        .tabs{display:flex;gap:.25rem;margin:0 0 -.1rem;padding:0 .25rem}
        .tabs [role=tab]{border-radius:8px 8px 0 0;border-bottom:0;background:#e5e7eb;padding:.45rem 1rem;\
        font-weight:600}
        .tabs [role=tab][aria-selected=true]{background:#fff;color:#1d4ed8}
        .split{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start}
        @media (max-width:980px){.split{grid-template-columns:1fr}}
        .list-panel{border-top-left-radius:0}
        .filters{display:flex;gap:.6rem;flex-wrap:wrap;align-items:flex-end}
        .filters label{display:grid;gap:.15rem;font-size:.8rem;font-weight:600;color:#374151}
        .filters .grow{flex:1;min-width:12rem}
        select,input{font:inherit;font-size:.9rem;padding:.3rem .5rem;border:1px solid #6b7280;border-radius:7px;\
        background:#fff;color:#111827}
        .count{margin:.5rem 0;font-size:.85rem}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.88rem}
        th{text-align:start;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:#4b5563;\
        border-bottom:2px solid #e5e7eb;padding:.35rem .5rem}
        td{border-bottom:1px solid #eef0f3;padding:.3rem .5rem;vertical-align:top}
        td.num,th.num{text-align:end;white-space:nowrap}
        td.object{white-space:nowrap}td.object .kind{display:block;width:max-content;margin-bottom:.1rem}
        td.label{overflow-wrap:anywhere;color:#374151;min-width:12rem}
        td.time{white-space:nowrap;color:#4b5563}
        tr.selected td{background:#eff6ff}
        button.link{border:0;background:none;padding:0;color:#1d4ed8;text-decoration:underline;\
        font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.8rem;text-align:start}
        .kind.charge{background:#dbeafe;color:#1e3a8a}.kind.authorize{background:#ede9fe;color:#4c1d95}
        .kind.refund{background:#ffedd5;color:#7c2d12}.kind.payout{background:#dcfce7;color:#14532d}
        .kind.webhook{background:#f3f4f6;color:#374151}
        .detail{position:sticky;top:.75rem;max-height:calc(100vh - 1.5rem);overflow:auto}
        .detail-head{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
        .detail-head code{font-size:.95rem;font-weight:700}
        .actions{display:flex;gap:.5rem;flex-wrap:wrap;margin:.6rem 0}
        .facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .9rem;margin:.5rem 0;font-size:.88rem}
        .facts dt{color:#4b5563}.facts dd{margin:0;overflow-wrap:anywhere}
        h3.sub{font-size:.9rem;margin:.9rem 0 .3rem;color:#111827}
        .delivery{border:1px solid #d1d5db;border-radius:8px;padding:.5rem .7rem;margin:.5rem 0}
        .delivery-head{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center;font-size:.88rem}
        .attempt{border-top:1px dashed #d1d5db;margin-top:.4rem;padding-top:.4rem;font-size:.85rem}
        .headers td{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.8rem;\
        padding:.1rem .4rem;overflow-wrap:anywhere}
        .headers td:first-child{color:#4b5563;white-space:nowrap}
        tr.signature td{background:#fef9c3}
        pre{background:#0f172a;color:#e2e8f0;border-radius:8px;padding:.6rem .75rem;overflow:auto;font-size:.8rem;\
        max-height:24rem;margin:.3rem 0}
        details>summary{cursor:pointer;font-weight:600;font-size:.88rem}
        .toast{position:fixed;bottom:1rem;right:1rem;background:#111827;color:#fff;padding:.6rem .9rem;\
        border-radius:8px;max-width:28rem;box-shadow:0 6px 18px rgba(0,0,0,.25)}
        .toast:empty{display:none}
        .probe{margin-inline-start:auto}
        """
}
