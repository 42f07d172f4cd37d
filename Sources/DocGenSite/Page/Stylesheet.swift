/// The site's CSS: readable from 320 px up, light and dark (`prefers-color-scheme`), every text colour at least 4.5:1
/// against its background; thread colours come from `ThreadPalette` (shared with the timeline), syntax colours
/// (`SyntaxKind` classes) are set here, and the timelines' rules (`TimelineSVG.stylesheet`) are linked once for the
/// whole page. Python and Swift sit side by side only where both fit 80 columns; elsewhere they stack.
enum Stylesheet {
    static let css = """
        :root {
          --bg: #ffffff; --fg: #1b1d22; --muted: #555b66; --line: #d5d9e0; --panel: #f5f7fa; --link: #0b57b0;
          --good: #1d6b2f; --warn: #7a4d00; --bad: #b3261e; --err-bg: #fff4f2;
          --syn-k: #8e24aa; --syn-n: #a23d00; --syn-s: #1a6b2a; --syn-c: #5b616b; --syn-d: #0b57b0;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #16181d; --fg: #e6e8eb; --muted: #a4abb6; --line: #343a44; --panel: #1f232a; --link: #8ab8ff;
            --good: #7fd48f; --warn: #e8c15a; --bad: #ff8a80; --err-bg: #2a1d1d;
            --syn-k: #e0a6ff; --syn-n: #ffb074; --syn-s: #8fd694; --syn-c: #a4abb6; --syn-d: #8ab8ff;
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--fg);
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        a { color: var(--link); }
        a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 8px; top: 8px; background: var(--bg); padding: 4px 8px; z-index: 1; }
        .layout { display: flex; flex-direction: column; max-width: 1400px; margin: 0 auto; }
        .no-swift .source.swift { display: none; }
        .toolbar { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; margin: 8px 0; font-size: 15px; }
        .toolbar button, .copy { font: inherit; font-size: 14px; color: var(--fg); background: var(--panel);
          border: 1px solid var(--muted); border-radius: 6px; padding: 2px 10px; cursor: pointer; }
        .search { position: relative; flex: 1 1 220px; max-width: 420px; }
        .search input { width: 100%; font: inherit; color: var(--fg); background: var(--bg);
          border: 1px solid var(--muted); border-radius: 6px; padding: 4px 8px; }
        .search-results { list-style: none; margin: 4px 0 0; padding: 0; }
        .search-results:empty { display: none; }
        .search-results li { padding: 4px 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
        .search-results .where, .search-results .snippet { display: block; font-size: 13px; color: var(--muted); }
        button:focus-visible, input:focus-visible, pre:focus-visible { outline: 3px solid var(--link);
          outline-offset: 1px; }
        .sidebar { padding: 12px 16px; border-bottom: 1px solid var(--line); font-size: 15px; }
        .sidebar ul { list-style: none; margin: 0; padding-left: 0; }
        .sidebar ul ul { padding-left: 14px; }
        .sidebar li { margin: 3px 0; }
        .sidebar a[aria-current] { font-weight: 700; color: var(--fg); }
        .home { margin: 0 0 8px; }
        .sidebar .toc { display: none; }
        .narrow-toc { margin: 8px 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
        .narrow-toc ul { list-style: none; padding-left: 14px; margin: 4px 0; }
        .narrow-toc > ul { padding-left: 0; }
        main { padding: 8px 16px 48px; min-width: 0; }
        @media (min-width: 900px) {
          .layout { flex-direction: row; }
          .sidebar { width: 270px; flex: none; border-bottom: 0; border-right: 1px solid var(--line);
            position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
          main { flex: 1; padding: 8px 32px 64px; }
          .sidebar .toc { display: block; }
          .narrow-toc { display: none; }
        }
        h1, h2, h3, h4, h5, h6 { line-height: 1.25; overflow-wrap: anywhere; }
        .anchor { margin-left: 6px; text-decoration: none; color: var(--muted); font-weight: 400; font-size: 0.8em;
          opacity: 0.5; }
        .anchor:hover, .anchor:focus { opacity: 1; }
        pre { overflow-x: auto; margin: 0; background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
          padding: 10px 12px; font: 13.5px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        pre code .k { color: var(--syn-k); } pre code .l, pre code .n { color: var(--syn-n); }
        pre code .s { color: var(--syn-s); } pre code .c { color: var(--syn-c); font-style: italic; }
        pre code .d { color: var(--syn-d); }
        main > p, main > ul, main > ol, main > blockquote { max-width: 80ch; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        :not(pre) > code { overflow-wrap: anywhere; }
        table { border-collapse: collapse; }
        .table-box { overflow-x: auto; margin: 12px 0; }
        .dg-figure { display: block; max-width: 100%; height: auto; margin: 6px 0; }
        th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; }
        .cell { border: 1px solid var(--line); border-radius: 8px; margin: 18px 0; padding: 10px 12px; }
        .cell-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 14px; }
        .cell-id { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; }
        .badge { border: 1px solid currentColor; border-radius: 999px; padding: 0 8px; font-size: 13px; }
        .badge.good { color: var(--good); } .badge.warning { color: var(--warn); }
        .badge.bad { color: var(--bad); } .badge.neutral { color: var(--muted); }
        .sources { display: grid; grid-template-columns: minmax(0, 1fr); gap: 10px; }
        @media (min-width: 1760px) {
          .layout { max-width: 1900px; }
          .sources { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
          .no-swift .sources { grid-template-columns: minmax(0, 1fr); }
        }
        figure { margin: 10px 0 0; min-width: 0; }
        figcaption { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; font-size: 13px;
          color: var(--muted); margin-bottom: 2px; overflow-wrap: anywhere; }
        .copy { font-size: 12px; padding: 0 8px; margin-left: auto; }
        .legend { list-style: none; padding: 0; margin: 0 0 4px; display: flex; flex-wrap: wrap; gap: 4px 14px;
          font-size: 13px; }
        .legend li::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 5px;
          border-radius: 2px; background: currentColor; }
        .legend li.streams { color: var(--muted); } .legend li.streams::before { display: none; }
        .lines .line { display: block; border-left: 4px solid currentColor; padding-left: 8px; }
        .lines .line.err { border-left-style: dotted; background: var(--err-bg); }
        .lines .who { display: inline-block; min-width: 11ch; margin-right: 1ch; font-weight: 600; }
        .lines .stream { color: var(--muted); margin-right: 1ch; font-size: 12px; }
        .lines .stream.err { font-style: italic; }
        .lines .text { color: var(--fg); white-space: pre-wrap; overflow-wrap: anywhere; }
        .failure { border-left: 4px solid var(--bad); background: var(--err-bg); padding: 6px 10px; margin: 6px 0; }
        .failure.expected { border-left-color: var(--warn); }
        .warning { color: var(--warn); font-size: 14px; margin: 4px 0; }
        .quiet { color: var(--muted); }
        .extra { margin-top: 10px; overflow-x: auto; }
        .extra svg { max-width: 100%; height: auto; }
        .extra summary { cursor: pointer; color: var(--muted); }
        .dg-explore p { margin: 4px 0; }
        .dg-replay code { overflow-wrap: anywhere; font-size: 13px; }
        .dg-outcome-box { margin: 6px 0; }
        .dg-outcome-box:focus-visible { outline: 3px solid var(--link); outline-offset: 1px; }
        .dg-outcome-table { font-size: 14px; }
        .dg-outcome-table caption { caption-side: top; text-align: left; color: var(--muted); font-size: 13px;
          padding-bottom: 4px; }
        .dg-outcome-table th, .dg-outcome-table td { vertical-align: top; }
        .dg-outcome-table pre { padding: 2px 6px; }
        .dg-outcome-table .dg-seen { color: var(--good); }
        .dg-shown { display: block; color: var(--muted); font-size: 13px; }
        .dg-command { font-size: 12.5px; overflow-wrap: anywhere; }
        .dg-command + .copy { display: block; margin: 4px 0 0; }

        """ + ThreadPalette.stylesheet() + TimelineSVG.stylesheet
}
