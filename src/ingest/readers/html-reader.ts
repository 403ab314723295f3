import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from './html-charset.js';
import { domToLines, type DomNode } from './html-lines.js';
import { isBoilerplateLine, isoDate, publicationDateIn } from './web-boilerplate.js';
import type { DocumentText } from '../read-document.js';

/** Elements that are page furniture whatever the page: dropped before any text is taken. */
const FURNITURE = 'script, style, noscript, template, iframe, nav, header, footer, form, aside, select, button, object, embed, svg';
/** class/id words of site templates' furniture: removed before the article is looked for. */
const FURNITURE_NAMES = /(^|[-_\s])(nav|menu|navbar|breadcrumbs?|crumbs?|position|location|footer|foot|copyright|share|bshare|sidebar|left-?side|right-?side|toolbar|top-?bar|search|login|banner|friend-?links?)([-_\s\d]|$)/i;

/**
 * A saved web page → the report's text. The bytes are decoded by BOM / declared charset / detection
 * (html-charset.ts); linkedom parses the page; @mozilla/readability picks the article; the article's
 * DOM becomes one line per paragraph and one tab-separated line per table row (html-lines.ts); lines
 * of site furniture (publication bar, breadcrumbs, share/print, footers, counters) are dropped
 * (web-boilerplate.ts). When Readability finds no article (a short page), the whole body is read with
 * the template's navigation, header and footer elements removed. Title: the article's title (the
 * `<title>` with the site name cut off); publication date: `<meta name="PubDate">` and the like, else
 * a 发布时间/发布日期 line.
 */
export function readHtml(bytes: Buffer, file: string): DocumentText {
  const { text: html, encoding } = decodeHtml(bytes, file);
  const { document } = parseHTML(html);
  const published = metaDate(document) ?? publicationDateIn(domToLines(document.body as unknown as DomNode));
  const titleTag = (document.querySelector('title')?.textContent ?? '').trim();
  for (const el of document.querySelectorAll(FURNITURE)) el.remove();
  for (const el of document.querySelectorAll('[class], [id]')) {
    if (FURNITURE_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
  }
  const fallback = parseHTML(document.toString()).document;
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node: unknown) => node,
    charThreshold: 200,
  }).parse();
  let lines: string[];
  const title = siteTitle((article?.title ?? '').trim() || titleTag) || null;
  if (article?.content) {
    lines = domToLines(article.content as unknown as DomNode);
    const heading = title ? headingOf(fallback, title) : null;
    if (heading && !lines.slice(0, 3).some((l) => l.replace(/\s/g, '') === heading.replace(/\s/g, ''))) lines.unshift(heading);
  } else {
    lines = domToLines(fallback.body as unknown as DomNode);
  }
  const kept = lines.filter((l) => !isBoilerplateLine(l));
  return { text: kept.join('\n') + '\n', format: 'html', encoding, title, published };
}

/** `<meta name="PubDate" content="2024-01-22 10:30">`, article:published_time and their kin. */
function metaDate(document: ReturnType<typeof parseHTML>['document']): string | null {
  for (const el of document.querySelectorAll('meta')) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    if (/^(pubdate|publishdate|firstpublishedtime|article:published_time|dc\.date|dcterms\.created|createdate|date)$/.test(name)) {
      const date = isoDate(el.getAttribute('content') ?? '');
      if (date) return date;
    }
  }
  return null;
}

/** `芦汀县…报告_芦汀县人民政府网` → `芦汀县…报告`: the part before a site-name separator. */
function siteTitle(title: string): string {
  return title.split(/\s*(?:[|_]|\s[-–—]\s|--)\s*/).find((p) => p.trim() !== '')?.trim() ?? '';
}

/** The page's own headline (h1/h2…) when it matches the title, so the text starts with it. */
function headingOf(document: ReturnType<typeof parseHTML>['document'], title: string): string | null {
  const want = title.replace(/\s/g, '');
  for (const el of document.querySelectorAll('h1, h2, h3, .title, [class*="title"], [id*="title"]')) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const compact = t.replace(/\s/g, '');
    if (compact && compact.length <= 120 && (compact === want || want.includes(compact) || compact.includes(want))) return t;
  }
  return title;
}
