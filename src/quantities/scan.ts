import type { CompiledLexicon, CompiledUnit } from './compile-lexicon.js';
import { isBareRound } from './chinese-numerals.js';
import { isToken, readNumber, type NumberToken } from './number-token.js';
import { wordAt, wordBefore, type WordList } from './word-match.js';

/**
 * Extraction: where quantities are, with their parts, before any value is computed.
 * Offsets are into the normalised text (identical to the raw text's offsets).
 */
export interface ScannedCandidate {
  readonly start: number;
  readonly end: number;
  readonly number: NumberToken;
  /** upper end of a range (3至5个), else null */
  readonly high: NumberToken | null;
  /** multiplier written after the low end of a range only (3万至5万元) */
  readonly lowMultiplier: number | null;
  /** product of the multipliers after the number (2.7万 → 10000) */
  readonly multiplier: number;
  /** approximation words in text order (近, 余, 以上, 上万) */
  readonly qualifiers: readonly string[];
  readonly unit: CompiledUnit;
  /** where the unit is written ([start, end) of its surface), null when it is not written after the number (百分之九十五, a unit shared from the end of a list) */
  readonly unitAt: readonly [number, number] | null;
}

interface Tail {
  readonly end: number;
  readonly multiplier: number;
  readonly qualifiers: string[];
  readonly unit: CompiledUnit;
  readonly unitStart: number;
}

/** Scan the whole normalised text left to right; candidates never overlap. */
export function scanCandidates(text: string, lex: CompiledLexicon): ScannedCandidate[] {
  const out: ScannedCandidate[] = [];
  let pos = 0;
  let floor = 0; // end of the previous candidate: a leading qualifier may not reach before it
  const canStart = lex.candidateStart;
  const n = text.length;
  while (pos < n) {
    // jump to the next character a candidate can start at (most of a text is words)
    while (pos < n && !canStart(text.charCodeAt(pos))) pos++;
    if (pos === n) break;
    const prefix = wordAt(text, pos, lex.percentPrefixes);
    const tokenAt = prefix ? pos + prefix.length : pos;
    const token = readNumber(text, tokenAt, lex);
    if (!isToken(token)) {
      pos += token && !prefix ? token.skip : 1;
      continue;
    }
    const found = prefix
      ? readPercent(text, pos, token, floor, lex)
      : (readQuantity(text, token, floor, lex) ?? readSharedUnit(text, token, lex));
    if (found) {
      out.push(found);
      pos = floor = found.end;
    } else {
      pos = token.end;
    }
  }
  return out;
}

/** 百分之九十八, 约百分之九十以上 */
function readPercent(text: string, pos: number, token: NumberToken, floor: number, lex: CompiledLexicon): ScannedCandidate | null {
  if (token.kind === 'placeholder' && lex.strictMarks.has(token.text)) return null;
  const lead = leadingQualifier(text, pos, floor, lex);
  const trail = wordAt(text, token.end, lex.afterUnit);
  const qualifiers = [lead, trail].filter((q): q is string => q !== null);
  const end = token.end + (trail?.length ?? 0);
  const start = pos - (lead?.length ?? 0);
  return { start, end, number: token, high: null, lowMultiplier: null, multiplier: 1, qualifiers, unit: lex.percentUnit, unitAt: null };
}

/** number [multiplier] [range] [multiplier|余|多]* [(unit)] unit [以上] */
function readQuantity(text: string, token: NumberToken, floor: number, lex: CompiledLexicon): ScannedCandidate | null {
  let high: NumberToken | null = null;
  let lowMultiplier: number | null = null;
  let after = token.end;
  if (token.kind !== 'placeholder') {
    const lowMult = wordAt(text, after, lex.multiplierWords);
    const sepAt = after + (lowMult?.length ?? 0);
    const sep = wordAt(text, sepAt, lex.rangeSeparators);
    const hi = sep ? readNumber(text, sepAt + sep.length, lex) : null;
    if (isToken(hi) && hi.kind === token.kind) {
      high = hi;
      after = hi.end;
      lowMultiplier = lowMult ? lex.multipliers.find((m) => m.surface === lowMult)!.value : null;
    }
  }
  const tail = readTail(text, after, token.kind === 'chinese' && !isBareRound(token.text), lex);
  if (!tail) return null;
  const lead = leadingQualifier(text, token.start, floor, lex);
  const round = token.kind === 'chinese' && isBareRound(token.text) ? wordBefore(text, token.start, lex.roundPrefix, floor) : null;
  const bare = token.kind === 'chinese' && isBareRound(token.text) && !high;
  const hasTailWord = tail.multiplier !== 1 || tail.qualifiers.length > 0;
  // 万场讲法活动 and 百名律师 are names; 近万场, 百余名 and 千万元 are amounts
  const bigMoney = tail.unit.kind === 'money' && token.text.length >= 2;
  if (bare && !lead && !round && !hasTailWord && !bigMoney) return null;
  if (token.kind === 'placeholder' && lex.strictMarks.has(token.text) && !hasTailWord) return null; // 某人
  const qualifiers = [...(round ? [round + token.text] : lead ? [lead] : []), ...tail.qualifiers];
  const start = token.start - (round?.length ?? lead?.length ?? 0);
  const unitAt = [tail.unitStart, tail.unitStart + tail.unit.surface.length] as const;
  return { start, end: tail.end, number: token, high, lowMultiplier, multiplier: tail.multiplier, qualifiers, unit: tail.unit, unitAt };
}

/**
 * 分别提高4.44、2.75个百分点; 分别回落2.1和1.6个百分点: after a cue (分别) in the same clause, an
 * Arabic number without a unit takes the unit of the number list it opens. Its own 万/亿 stays its own.
 */
function readSharedUnit(text: string, token: NumberToken, lex: CompiledLexicon): ScannedCandidate | null {
  const { cues, separators, window } = lex.sharedUnit;
  if (token.kind !== 'arabic' || !cueBefore(text, token.start, cues, window)) return null;
  const ownMult = wordAt(text, token.end, lex.multiplierWords);
  let at = token.end + (ownMult?.length ?? 0);
  for (let items = 0; items < 8; items++) {
    const sep = wordAt(text, at, separators);
    if (!sep) return null;
    const next = readNumber(text, at + sep.length, lex);
    if (!isToken(next) || next.kind !== 'arabic') return null;
    const tail = readQuantity(text, next, next.start, lex);
    if (tail) {
      const multiplier = ownMult ? lex.multipliers.find((m) => m.surface === ownMult)!.value : 1;
      const end = token.end + (ownMult?.length ?? 0);
      return { start: token.start, end, number: token, high: null, lowMultiplier: null, multiplier, qualifiers: [], unit: tail.unit, unitAt: null };
    }
    const mult = wordAt(text, next.end, lex.multiplierWords);
    at = next.end + (mult?.length ?? 0);
  }
  return null;
}

/** A cue word within `window` characters before `pos`, in the same clause. */
function cueBefore(text: string, pos: number, cues: WordList, window: number): boolean {
  for (let i = pos; i >= Math.max(0, pos - window); i--) {
    if (i < pos && /[，,。；;！？!?\n：:]/.test(text[i]!)) return false;
    if (wordBefore(text, i, cues)) return true;
  }
  return false;
}

/** 约 in 约2.7万方, but not in 节约30万元 */
function leadingQualifier(text: string, pos: number, floor: number, lex: CompiledLexicon): string | null {
  const q = wordBefore(text, pos, lex.before, floor);
  if (!q) return null;
  const word = wordBefore(text, pos, lex.notBefore);
  return word && word.length > q.length ? null : q;
}

/** After the number: multipliers and 余/多 in any order, an optional （册） note, one space, the unit. */
function readTail(text: string, pos: number, chineseDigits: boolean, lex: CompiledLexicon): Tail | null {
  let multiplier = 1;
  const qualifiers: string[] = [];
  for (let steps = 0; steps < 8; steps++) {
    const unit = unitAt(text, pos, lex);
    if (unit) {
      if (unit.arabicOnly && chineseDigits) return null; // 三方 = three parties; 近万方 is still an amount
      let end = pos + unit.surface.length;
      const trail = wordAt(text, end, lex.afterUnit);
      if (trail) {
        qualifiers.push(trail);
        end += trail.length;
      }
      return { end, multiplier, qualifiers, unit, unitStart: pos };
    }
    if (unit === null && blockedUnitAt(text, pos, lex)) return null;
    const mult = wordAt(text, pos, lex.multiplierWords);
    if (mult) {
      multiplier *= lex.multipliers.find((m) => m.surface === mult)!.value;
      pos += mult.length;
      continue;
    }
    const qual = wordAt(text, pos, lex.afterNumber);
    if (qual && !qualifiers.includes(qual)) {
      qualifiers.push(qual);
      pos += qual.length;
      continue;
    }
    const note = noteLength(text, pos, lex);
    if (note > 0) {
      pos += note;
      continue;
    }
    // PDF and web text put spaces inside amounts: 办理 1.3 万件, 240 余人次, 4282 条
    const gap = spacesAt(text, pos);
    if (gap > 0 && (unitAt(text, pos + gap, lex) || wordAt(text, pos + gap, lex.multiplierWords) || wordAt(text, pos + gap, lex.afterNumber))) {
      pos += gap;
      continue;
    }
    return null;
  }
  return null;
}

/** One or two spaces at `pos` (a wider gap is a table column), else 0. */
function spacesAt(text: string, pos: number): number {
  if (text[pos] !== ' ') return 0;
  return text[pos + 1] === ' ' ? (text[pos + 2] === ' ' ? 0 : 2) : 1;
}

/** The longest unit at `pos` that is not the start of one of its notWords (部门 is not 部). */
function unitAt(text: string, pos: number, lex: CompiledLexicon): CompiledUnit | null {
  const surface = wordAt(text, pos, lex.unitWords);
  if (!surface) return null;
  const unit = lex.unitSurfaces.get(surface)!;
  return wordAt(text, pos, unit.notWords) ? null : unit;
}

function blockedUnitAt(text: string, pos: number, lex: CompiledLexicon): boolean {
  const surface = wordAt(text, pos, lex.unitWords);
  return surface !== null && unitAt(text, pos, lex) === null;
}

/** Length of a parenthesised unit note before the real unit, *万余（册）份 → `（册）`, else 0. */
function noteLength(text: string, pos: number, lex: CompiledLexicon): number {
  const open = text[pos];
  if (open !== '（' && open !== '(') return 0;
  const inner = wordAt(text, pos + 1, lex.unitWords);
  if (!inner) return 0;
  const close = text[pos + 1 + inner.length];
  if (close !== '）' && close !== ')') return 0;
  const len = inner.length + 2;
  return unitAt(text, pos + len, lex) ? len : 0;
}
