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
  const headline = findHeadline(fallback, metaTitle(fallback));
  const title = headline ?? (siteTitle((article?.title ?? '').trim() || titleTag) || null);
  if (article?.content) {
    lines = domToLines(article.content as unknown as DomNode);
  } else {
    lines = domToLines(fallback.body as unknown as DomNode);
  }
  // the page's headline opens the text (Readability often leaves it out of the article); short
  // lines above it (a side menu of a layout-table site) are furniture
  if (headline) {
    const at = lines.slice(0, 12).findIndex((l) => compact(l) === compact(headline));
    if (at === -1) lines.unshift(headline);
    else if (lines.slice(0, at).every((l) => l.length <= 30)) lines.splice(0, at);
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

const compact = (s: string): string => s.replace(/\s/g, '');

/** Words a report's or an article's headline carries (a site name or a column name does not). */
const HEADLINE_WORDS = /报告|总结|情况|要点|讲话|公报|意见|通知|方案|规划|计划|工作|决定|办法|白皮书|综述|纪实|年鉴/;

/** `<meta name="ArticleTitle">` (the CMS of most government sites) or og:title, else null. */
function metaTitle(document: ReturnType<typeof parseHTML>['document']): string | null {
  for (const el of document.querySelectorAll('meta')) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if ((name === 'articletitle' || name === 'og:title') && content) return content;
  }
  return null;
}

/**
 * The page's headline: the declared article title when the page shows it, else the first heading-like
 * element (h1–h3, bold or large text, a short cell or block of its own) whose text reads like a
 * headline (报告, 总结, 情况, 通知…), 6 to 100 characters, and is not page furniture.
 */
function findHeadline(document: ReturnType<typeof parseHTML>['document'], declared: string | null): string | null {
  const candidates = document.querySelectorAll('h1, h2, h3, b, strong, font, td, div, p, span, [class*="title"], [id*="title"]');
  const textOf = (el: { textContent: string | null }) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (declared) {
    const want = compact(declared);
    for (const el of candidates) if (compact(textOf(el)) === want) return textOf(el);
  }
  for (const el of candidates) {
    if (el.querySelector('p, div, td, br, li, table')) continue;
    const t = textOf(el);
    if (t.length < 6 || t.length > 100 || /[：:]/.test(t.slice(0, 8)) || isBoilerplateLine(t)) continue;
    if (HEADLINE_WORDS.test(t) && !/[。；]$/.test(t)) return t;
  }
  return declared;
}
