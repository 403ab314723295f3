import { matchMarker } from './heading-markers.js';
import { isBlank, lineText, type TextLine } from './lines.js';
import { SPEECH_OPENERS } from './vocabulary.js';

/** The lines above the body: the report's title lines and an address line (`尊敬的各位领导：`). */
export interface TitleBlock {
  readonly titleLines: readonly TextLine[];
  readonly salutation: TextLine | null;
  /** index into the line array of the first body line */
  readonly bodyStart: number;
}

const TITLE_MAX = 60;
const MAX_TITLE_LINES = 3;
const ADDRESS_MAX = 24;

/** A short line with no sentence punctuation: a title line (`青岚街道2023年法治政府建设年度报告`). */
const isTitleLike = (t: string): boolean => t.length > 0 && t.length <= TITLE_MAX && !/[。！？；;，,：:!?|]/.test(t);

/** A document number above the title (`西政办〔2020〕20号`, `X司发[2023]5号`): neither title nor body. */
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,10}\s*[〔［\[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*\d{1,4}\s*号$/;

/** An address line: `尊敬的各位领导，同志们：`, `市委、市政府:`. */
export const isSalutation = (t: string): boolean =>
  SPEECH_OPENERS.test(t) || (t.length <= ADDRESS_MAX && /[：:]$/.test(t) && !/如下[：:]$/.test(t));

export function findTitleBlock(text: string, lines: readonly TextLine[]): TitleBlock {
  const titleLines: TextLine[] = [];
  let salutation: TextLine | null = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    const t = lineText(text, l);
    if (titleLines.length === 0 && salutation === null && DOC_NUMBER.test(t)) continue;
    if (salutation === null && isSalutation(t)) {
      salutation = l;
      continue;
    }
    // 【人民调解】 opens a yearbook entry: a heading of the body, not the title
    const canBeTitle = salutation === null && titleLines.length < MAX_TITLE_LINES && matchMarker(text, l.contentStart) === null && !t.startsWith('【');
    if (!canBeTitle || !isTitleLike(t)) break;
    titleLines.push(l);
  }
  return { titleLines, salutation, bodyStart: i };
}
