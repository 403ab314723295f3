const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * Text safe inside a GitHub-flavoured Markdown table cell: `|` and Markdown punctuation
 * backslash-escaped, `<`/`>`/`&` as entities (no raw HTML), line breaks folded to spaces.
 */
export const escapeMarkdownCell = (text: string): string =>
  text
    .replace(/[\\|*_`[\]]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
