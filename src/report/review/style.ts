/** The review page's stylesheet: readable at 1400 px and on a phone (~390 px). */
export const REVIEW_CSS = `
:root { --line: #d7d7d7; --muted: #6b6b6b; --mark: #ffd54f; --ph: #fff3b0; --err: #b00020; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0; color: #1f1f1f; line-height: 1.5; }
header { position: sticky; top: 0; z-index: 5; background: #fafafa; border-bottom: 1px solid var(--line); padding: .6rem 1.2rem; }
h1 { font-size: 1.2rem; margin: 0 0 .4rem; } h2 { font-size: 1.05rem; margin: 1.6rem 0 .6rem; } h3 { font-size: 1rem; margin: 0 0 .4rem; }
main { padding: 0 1.2rem 3rem; }
section, li.v { scroll-margin-top: 7rem; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; font-size: .9rem; }
.filters select { max-width: 16rem; font-size: .9rem; padding: .15rem; }
.muted { color: var(--muted); } .count { color: var(--muted); font-size: .85rem; }
mark { background: var(--mark); padding: 0 1px; border-radius: 2px; }
.scroll { overflow-x: auto; border: 1px solid var(--line); max-height: 70vh; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; vertical-align: top; }
thead th { background: #f0f0f0; position: sticky; top: 0; z-index: 2; text-align: left; font-weight: 600; }
table.wide th.ind { min-width: 6.5rem; max-width: 9rem; white-space: normal; }
table.wide th .unit { display: block; font-weight: normal; color: var(--muted); }
table.wide td.file, table.wide th.file { position: sticky; left: 0; background: #fff; z-index: 1; min-width: 13rem; max-width: 18rem; word-break: break-all; }
table.wide thead th.file { z-index: 3; background: #f0f0f0; }
table.wide td.org { min-width: 9rem; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num a { color: inherit; text-decoration: none; border-bottom: 1px dotted #888; }
td.placeholder { background: var(--ph); } td.plan { color: var(--muted); font-style: italic; } td.unit-mismatch { background: #ffe0e0; }
td.finding { outline: 2px solid var(--err); outline-offset: -2px; }
table.findings { width: 100%; }
#audit .scroll { max-height: 45vh; }
table.findings td.sev { white-space: nowrap; }
table.findings td.ctx { min-width: 18rem; }
tr.error .sev { color: var(--err); font-weight: 600; } tr.warning .sev { color: var(--warn); font-weight: 600; }
code { font-size: .8rem; }
article.report { border-top: 1px solid var(--line); padding-top: .8rem; margin-top: 1rem; }
ol.values { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); gap: .6rem; }
ol.values li { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .7rem; background: #fff; }
ol.values li:target { outline: 3px solid #1a73e8; }
.v-head { display: flex; flex-wrap: wrap; gap: .3rem .6rem; align-items: baseline; }
.v-head .val { font-size: 1.05rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.badge { white-space: nowrap; font-size: .75rem; border-radius: 3px; padding: 0 .3rem; border: 1px solid var(--line); color: var(--muted); }
.badge.ph { background: var(--ph); color: #5a4a00; border-color: #e6d36b; } .badge.shown { color: #1a73e8; border-color: #9cc0f5; }
.badge.err { color: var(--err); border-color: #e8a0a8; }
.where { font-size: .8rem; color: var(--muted); word-break: break-all; }
blockquote { margin: .3rem 0 0; padding: .3rem .5rem; background: #f7f7f7; border-left: 3px solid #c9c9c9; font-size: .9rem; }
[hidden] { display: none !important; }
@media (max-width: 700px) {
  header { position: static; padding: .5rem .7rem; }
  main { padding: 0 .7rem 2rem; }
  .filters { display: grid; grid-template-columns: 1fr 1fr; gap: .3rem .5rem; }
  .filters label:nth-child(1), .filters label:nth-child(4) { grid-column: 1 / -1; }
  .filters select { max-width: 100%; width: 100%; }
  ol.values { grid-template-columns: 1fr; }
  table.wide td.file, table.wide th.file { min-width: 7rem; max-width: 8rem; }
  table.wide td.org, table.wide th.org { min-width: 4.5rem; max-width: 6rem; white-space: normal; }
  table.findings thead { display: none; }
  table.findings, table.findings tbody, table.findings tr, table.findings td { display: block; width: 100%; border: none; }
  table.findings tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: .5rem; padding: .3rem; }
  table.findings td.ctx { min-width: 0; }
}
`;
