import Vapor

/// The one stylesheet, served from memory: plain, high-contrast, phone-first, printable.
enum Stylesheet {
    static func response() -> Response {
        let response = Response(status: .ok, body: .init(string: css))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }

    static let css = """
    :root { --ink: #1b1f24; --muted: #4a5460; --line: #c9d1d9; --bg: #ffffff; --soft: #f3f6f8;
      --accent: #0b5cad; --accent-ink: #ffffff; --ok: #1d6b32; --warn: #8a4b00; --error: #b0151f; }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
      background: var(--bg); line-height: 1.5; }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, main:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: .5rem; }
    .site-header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .75rem 1rem;
      border-bottom: 1px solid var(--line); background: var(--soft); }
    .brand a { font-weight: 700; font-size: 1.25rem; color: var(--ink); text-decoration: none; }
    .site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
    .site-header nav a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
    .header-tools { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin-left: auto; }
    .header-tools form { display: flex; gap: .4rem; align-items: center; margin: 0; }
    .header-tools select { font-size: .9rem; padding: .25rem .5rem; width: auto; }
    .header-tools button[type=submit] { font-size: .9rem; padding: .25rem .6rem; background: #fff; color: var(--accent); }
    .who { color: var(--muted); font-size: .9rem; }
    main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
    .site-footer { max-width: 64rem; margin: 2rem auto 1rem; padding: 0 1rem; color: var(--muted); font-size: .9rem; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: .5rem 0 1rem; }
    h2 { font-size: 1.3rem; margin: 1.75rem 0 .5rem; }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
    .muted, .hint { color: var(--muted); }
    .hint { margin: .1rem 0 .3rem; font-size: .95rem; }
    .big { font-size: 1.2rem; font-weight: 600; margin: .25rem 0; }
    .cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
    .card { border: 1px solid var(--line); border-radius: .5rem; padding: 0 1rem .75rem; }
    .flash { background: #e6f4ea; border-left: 4px solid var(--ok); padding: .5rem 1rem; }
    .notice { background: var(--soft); border-left: 4px solid var(--accent); padding: .5rem 1rem; }
    .error-summary { border: 3px solid var(--error); padding: .5rem 1rem; margin: 1rem 0; }
    .error-summary h2 { margin-top: .25rem; font-size: 1.1rem; }
    .field { margin: 0 0 1rem; }
    .field label, legend { display: block; font-weight: 600; }
    .field-error { color: var(--error); font-weight: 600; margin: .1rem 0 .3rem; }
    .field.has-error input, .field.has-error select, .field.has-error textarea { border-color: var(--error); border-width: 2px; }
    input[type=text], input[type=search], input[type=email], input[type=password], input[type=date], input[type=time], select, textarea {
      width: 100%; max-width: 32rem; font: inherit; padding: .45rem .5rem; border: 1px solid #6b7785; border-radius: .25rem; background: #fff; color: var(--ink); }
    textarea { max-width: 100%; }
    fieldset { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem; margin: 0 0 1rem; }
    .radio, .checkbox { display: grid; grid-template-columns: auto 1fr; gap: 0 .5rem; align-items: start; margin: .35rem 0; }
    .radio .hint, .checkbox .hint { grid-column: 2; }
    .checkbox label, .radio label { font-weight: 400; }
    .radio input, .checkbox input { width: 1.25rem; height: 1.25rem; margin-top: .15rem; }
    .button, button[type=submit] { display: inline-block; font: inherit; font-weight: 600; padding: .55rem 1rem; border-radius: .3rem;
      border: 2px solid var(--accent); background: var(--accent); color: var(--accent-ink); cursor: pointer; text-decoration: none; }
    .button.secondary { background: #fff; color: var(--accent); }
    .link-button, button.link-button, .header-tools button.link-button { background: none; border: none; color: var(--accent); text-decoration: underline;
      padding: 0; font-weight: 400; cursor: pointer; }
    .actions { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: 1rem 0; }
    .actions form { margin: 0; }
    .pager { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; margin: 0 0 1rem; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; color: var(--muted); padding: .25rem 0; }
    th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--soft); }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    .people, .participants, .meeting-list { list-style: none; padding: 0; }
    .people li, .participants li { padding: .4rem 0; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
    .role { display: inline-block; min-width: 9rem; font-weight: 600; color: var(--muted); }
    .person { display: inline-flex; flex-wrap: wrap; gap: .15rem .75rem; }
    .timeline { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: .5rem; }
    .timeline li { padding: .35rem 0 .35rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; }
    .timeline .when { min-width: 7.5rem; color: var(--muted); }
    .status { font-size: .9rem; padding: .05rem .45rem; border-radius: 1rem; white-space: nowrap; }
    .status.held { color: var(--ok); background: #e6f4ea; }
    .status.planned { color: var(--muted); background: var(--soft); }
    .status.overdue { color: var(--warn); background: #fdf0e1; }
    .status.cancelled { color: var(--muted); background: #fff; border: 1px dashed var(--line); }
    .timeline li.cancelled a { text-decoration: line-through; }
    .flags { display: inline-flex; flex-direction: column; align-items: flex-start; gap: .25rem; }
    .flags .status { white-space: normal; border-radius: .4rem; }
    .homework { background: var(--soft); border-left: 4px solid var(--accent); padding: .3rem .6rem; margin: .2rem 0; }
    .uncovered-item:has(input[value=carryIntoMentoring]:checked) .close-reason { display: none; }
    .table-wrap:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
    .agenda-point label { font-size: 1.05rem; }
    .note-text { white-space: pre-wrap; }
    pre.mail-body { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; background: #fff; border: 1px solid var(--line); padding: .75rem 1rem; max-width: 48rem; }
    .sign-in { max-width: 28rem; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    .findings { border: 3px solid var(--warn); border-radius: .5rem; padding: .25rem 1rem 1rem; margin: 1rem 0; background: #fffaf3; }
    .findings h2 { margin-top: .5rem; }
    .finding { margin-bottom: 1rem; }
    .in-context { background: #fff; border: 1px solid var(--line); padding: .4rem .6rem; white-space: pre-wrap; }
    .panel { background: var(--soft); border-radius: .5rem; padding: .25rem 1rem .5rem; margin: 1rem 0; }
    .panel h2 { margin-top: .5rem; }
    .agreement-text dt { font-weight: 600; margin-top: .5rem; }
    .agreement-text dd { margin: 0 0 .25rem; }
    .versions li { margin: .25rem 0; }
    .checklist { list-style: none; padding: 0; }
    .checklist-item { border-bottom: 1px solid var(--line); padding: .5rem 0; }
    .checklist-item p { margin: .15rem 0; }
    .checklist-item .actions { margin: .35rem 0 0; }
    .plan-rows { list-style: none; padding: 0; display: grid; gap: 1rem; }
    details.guide { border: 1px solid var(--line); border-radius: .5rem; padding: .4rem 1rem; margin: .5rem 0; }
    details.guide summary { font-weight: 600; cursor: pointer; }
    mark { background: #ffe08a; color: var(--ink); font-weight: 600; padding: 0 .15rem; }
    .sharing { border-top: 1px solid var(--line); margin-top: 2rem; }
    .demo-logins code { font-size: .95rem; }
    .breadcrumb { margin: 0; }
    figure.shared-advice { margin: 1rem 0; max-width: 42rem; }
    figure.shared-advice blockquote { margin: 0; padding: .25rem 1rem; border-left: 4px solid var(--line); background: var(--soft); }
    figure.shared-advice figcaption { color: var(--muted); font-size: .95rem; margin-top: .25rem; }
    figure.chart { margin: 1rem 0; max-width: 42rem; }
    figure.chart svg.survival { width: 100%; height: auto; font-size: 12px; fill: var(--ink); }
    .chart-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .25rem 0 0; }
    .chart-legend svg { vertical-align: middle; }
    .materials, .ideas, .evaluations { list-style: none; padding: 0; }
    .material, .idea { border-bottom: 1px solid var(--line); padding: .5rem 0; }
    .material p, .idea p { margin: .2rem 0; }
    .material-title { font-weight: 600; }
    .meta { color: var(--muted); font-size: .95rem; }
    input.wide { width: 100%; max-width: none; }
    .danger-zone { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: .5rem; }
    @media (max-width: 40rem) {
      .site-header { padding: .5rem; }
      .header-tools { margin-left: 0; }
      h1 { font-size: 1.45rem; }
      .role { min-width: 0; width: 100%; }
      dl.facts { grid-template-columns: 1fr; }
      dl.facts dd { margin-bottom: .4rem; }
    }
    @media print {
      @page { size: A4; margin: 15mm; }
      @page landscape { size: A4 landscape; margin: 12mm; }
      .print-landscape { page: landscape; }
      .print-landscape table { font-size: 9pt; }
      .print-landscape .table-wrap { overflow: visible; }
      .site-header, .site-footer, .skip-link, .actions, form button, .language, .no-print, .flash { display: none !important; }
      body { font-size: 10.5pt; line-height: 1.35; }
      .print-page h1 { font-size: 16pt; margin: 0 0 .3rem; }
      .print-page h2 { font-size: 12pt; margin: .6rem 0 .15rem; break-after: avoid; }
      .print-page p { margin: .15rem 0; }
      .agreement-text dt { margin-top: .25rem; break-after: avoid; }
      .agreement-text dd { break-inside: avoid; }
      main { max-width: none; padding: 0; }
      a { color: var(--ink); text-decoration: none; }
      textarea { border: none; resize: none; }
    }
    """
}
