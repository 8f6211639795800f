/// The page's inline style sheet: readable on screen, printable on A4, no fonts fetched.
enum HTMLStyle {
  /// The CSS.
  static let css = """
    :root { color-scheme: light; }
    body { margin: 0; background: #fff; color: #111;
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        sans-serif; }
    main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0072B2;
      padding-bottom: .2rem; }
    h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
    p { margin: .5rem 0; max-width: 48rem; }
    .source { color: #444; margin-bottom: 1rem; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 700; padding: .25rem 0; }
    th, td { border: 1px solid #bbb; padding: .3rem .5rem; vertical-align: top; }
    thead th { background: #e8f1f8; text-align: left; }
    td.num, th.num { text-align: right; }
    tbody th { text-align: left; }
    tr.total th, tr.total td { font-weight: 700; background: #f3f3f3;
      border-top: 2px solid #333; }
    .title { display: block; font-size: .8rem; color: #444; font-weight: 400; min-width: 9rem; }
    em { font-style: italic; }
    sup a { text-decoration: none; }
    .footnotes { font-size: .9rem; border-top: 1px solid #bbb; padding-top: .4rem; }
    .footnotes ol { margin: .25rem 0; padding-left: 1.5rem; }
    figure { margin: 1rem 0 1.5rem; }
    figcaption { font-size: .9rem; color: #333; margin-top: .3rem; max-width: 48rem; }
    svg.chart { max-width: 100%; height: auto; display: block; }
    .remarks { font-size: .9rem; color: #333; }
    .remarks li { margin: .2rem 0; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
      white-space: nowrap; }
    .notice { border-left: 4px solid #E69F00; padding: .3rem .7rem; background: #fff8e8; }
    @page { size: A4 portrait; margin: 14mm 12mm; }
    @media print {
      body { font-size: 9pt; }
      .title { font-size: 7.5pt; min-width: 7rem; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      table, figure { break-inside: avoid; }
      th, td { padding: .2rem .35rem; }
      a { color: inherit; }
    }
    """
}
