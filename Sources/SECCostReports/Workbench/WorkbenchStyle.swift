/// The workbench pages' style sheet: the report's (``HTMLStyle``) with navigation, forms, the
/// change banner and tables that scroll in their own box on a phone.
enum WorkbenchStyle {
  /// The CSS.
  static let css =
    HTMLStyle.css + "\n" + """
      a { color: #0b4f8a; }
      a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible,
      summary:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
      .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .4rem .6rem; }
      .skip:focus { left: .5rem; z-index: 2; }
      .wb-header { background: #0b3d66; color: #fff; }
      .wb-header nav { max-width: 62rem; margin: 0 auto; padding: .4rem 1.25rem; }
      .wb-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
        gap: .25rem 1.25rem; }
      .wb-header a { color: #fff; font-weight: 600; text-decoration: none; display: inline-block;
        padding: .35rem 0; }
      .wb-header a[aria-current="page"] { text-decoration: underline; text-underline-offset: .3rem; }
      .banner:empty { display: none; }
      .banner { background: #fff3c4; color: #111; border-bottom: 3px solid #b35900;
        padding: .6rem 1.25rem; font-weight: 600; text-align: center; }
      .scroll { overflow-x: auto; max-width: 100%; position: relative; }
      .scroll:focus-visible { outline: 3px solid #b35900; }
      .scroll table { margin-top: 0; }
      .report-body { overflow-x: auto; max-width: 100%; position: relative; }
      code { overflow-wrap: anywhere; }
      .total-figure { font-size: 1.35rem; font-weight: 700; }
      .muted { color: #444; }
      .alert { border-left: 4px solid #b00020; background: #fdecee; padding: .5rem .8rem; }
      .alert ul { margin: .3rem 0; padding-left: 1.2rem; }
      tr.superseded td, tr.superseded th { color: #555; }
      tr.superseded td.fig { text-decoration: line-through; }
      form.edit, form.add { display: grid; gap: .3rem .6rem;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); align-items: end;
        margin: .4rem 0; }
      form label { display: block; font-size: .85rem; font-weight: 600; }
      form input, form select { font: inherit; width: 100%; box-sizing: border-box;
        padding: .3rem .4rem; border: 1px solid #555; border-radius: 3px; background: #fff;
        color: #111; }
      form button { font: inherit; font-weight: 600; padding: .35rem .9rem; border: 0;
        border-radius: 3px; background: #0b4f8a; color: #fff; cursor: pointer; }
      form.query { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
      form.query input, form.query select { width: auto; max-width: 100%; }
      form.query > div, form.query fieldset > div { max-width: 100%; }
      fieldset { border: 1px solid #bbb; margin: .5rem 0 1rem; padding: .5rem .8rem; min-width: 0;
        max-width: 100%; box-sizing: border-box; display: flex; flex-wrap: wrap; gap: .5rem 1rem;
        align-items: end; }
      details > summary { cursor: pointer; color: #0b4f8a; }
      tr.edit-row td { border-top: 0; padding-top: 0; background: #fafafa; }
      tr.edit-row summary { font-size: .85rem; }
      pre.report { background: #f6f6f6; padding: .6rem; font-size: .85rem; }
      .downloads { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none;
        padding: 0; }
      footer { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem 2rem; font-size: .85rem;
        color: #333; }
      footer ul { padding-left: 1.2rem; }
      @media (max-width: 40rem) {
        main { padding: 1rem .75rem 2rem; }
        h1 { font-size: 1.3rem; }
        th, td { padding: .25rem .35rem; }
      }
      """
}
