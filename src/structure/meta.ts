import type { TitleBlock } from './title-block.js';
import { isSalutation } from './title-block.js';
import { isBlank, lineText, unwrap, type TextLine } from './lines.js';
import { matchMarker } from './heading-markers.js';
import { isJointIssuer, isOrgName, leadingOrgName } from './org-name.js';
import type { ReportKind, ReportMeta } from './types.js';
import { findYears } from './years.js';
import { KIND_TITLE_WORDS, SPEECH_OPENERS, TIME_OPENERS } from './vocabulary.js';
import { completeOrg, delegationOrg, deliveryOf, openingYear, placeIn, reviewedYear } from './review.js';

/** How far into the opening paragraph the reported year is looked for. */
const OPENING_REACH = 300;
/** `在区委、区政府的正确领导下，` clauses that stand before the subject of an opening sentence. */
const UNDER_CLAUSE = /^在[^，,。；]{1,60}?下[，,]/;

/** Title, organisation, year and kind of a report, from its title block and opening paragraph. */
export function readMeta(text: string, raw: string, lines: readonly TextLine[], block: TitleBlock): ReportMeta {
  const allTitles = block.titleLines.map((l) => unwrap(lineText(text, l)));
  const delivery = allTitles.map(deliveryOf).find((d) => d !== null) ?? null;
  // the delivery line (——2024年1月15日在…会议上) names when and where, not the report's year or issuer
  const titleTexts = allTitles.filter((t) => deliveryOf(t) === null);
  const title = block.titleLines.length > 0 ? block.titleLines.map((l) => unwrap(lineText(raw, l))).join('') : null;
  const opening = openingParagraph(text, lines, block.bodyStart);
  const found = orgFromTitle(titleTexts) ?? delegationOrg(opening) ?? (opening === null ? null : orgFromOpening(opening));
  return {
    title,
    org: found === null ? null : completeOrg(found, placeIn([...titleTexts, delivery?.place ?? ''])),
    year: reviewedYear(text, titleTexts.join(''), delivery) ?? yearOf(titleTexts.join(''), opening),
    kind: kindOf(title, block, text),
  };
}

/** The first body line that is not a heading (a report may open with `一、…`). */
function openingParagraph(text: string, lines: readonly TextLine[], from: number): string | null {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l) || matchMarker(text, l.contentStart) !== null) continue;
    const t = unwrap(lineText(text, l));
    if (!isSalutation(t)) return t;
  }
  return null;
}

function orgFromTitle(titles: readonly string[]): string | null {
  const issuers = leadingIssuerLines(titles);
  if (issuers.length >= 2) return issuers.join(' ');
  for (const t of titles) {
    if (isOrgName(t) || isJointIssuer(t)) return t;
    const about = t.indexOf('关于');
    const issuer = about > 0 ? t.slice(0, about).trim() : '';
    if (isOrgName(issuer) || isJointIssuer(issuer)) return issuer;
    const year = findYears(t)[0];
    if (!year) continue;
    const before = t.slice(0, year.index).trim().replace(/^关于/, '');
    if (before !== '') {
      if (isOrgName(before)) return before;
      continue;
    }
    const after = t.slice(year.index + year.length).replace(/^\s*年?度?/, '');
    const org = leadingOrgName(after);
    if (org) return org;
  }
  return null;
}

/** Title lines above the title proper that each name an issuer (`中共青山县委` / `青山县人民政府`). */
function leadingIssuerLines(titles: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of titles) {
    if (!isOrgName(t)) break;
    out.push(t);
  }
  return out;
}

function orgFromOpening(opening: string): string | null {
  let s = opening.replace(TIME_OPENERS, '');
  for (let m = UNDER_CLAUSE.exec(s); m; m = UNDER_CLAUSE.exec(s)) s = s.slice(m[0].length);
  return leadingOrgName(s);
}

function yearOf(title: string, opening: string | null): number | null {
  const inTitle = findYears(title)[0];
  if (inTitle) return inTitle.year;
  if (opening === null) return null;
  return openingYear(opening, OPENING_REACH);
}

function kindOf(title: string | null, block: TitleBlock, text: string): ReportKind {
  if (block.salutation !== null && SPEECH_OPENERS.test(lineText(text, block.salutation))) return 'speech';
  for (const [kind, words] of KIND_TITLE_WORDS) if (title !== null && words.test(title)) return kind;
  return text.includes('报告如下') ? 'annual-report' : 'other';
}
