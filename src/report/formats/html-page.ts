import { escapeHtml } from './escape.js';

const CSS = `
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2rem; color: #222; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 2rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; vertical-align: top; }
th { background: #f2f2f2; position: sticky; top: 0; text-align: left; }
tbody tr:nth-child(even) { background: #fafafa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.placeholder { background: #fff3b0; text-align: center; }
td.plan { color: #666; font-style: italic; }
td.unit-mismatch { background: #ffe0e0; }
th.file, td.file { min-width: 12rem; } th.org, td.org { min-width: 8rem; white-space: nowrap; }
mark { background: #ffd54f; padding: 0 1px; }
tr.error td.sev { color: #b00020; font-weight: bold; } tr.warning td.sev { color: #8a5a00; }
.muted { color: #777; } .context { max-width: 40rem; }
`;

/** A standalone UTF-8 page; `body` must already be escaped HTML. */
export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}
