import type { CompiledLexicon, CompiledUnit } from '../quantities/index.js';

/**
 * The unit a table header declares: `受理数（件）`, `金额(万元)`, `比例（%）`, `人数/人`, or a caption
 * `单位：件` / `（单位：万元）`. Resolved through the lexicon, so a scaled unit (`万元` → 元 × 10000)
 * and a multiplier before a unit (`万人次` → 人次 × 10000) come out in base units.
 */
export interface HeaderUnit {
  readonly unit: CompiledUnit;
  /** multiplier times the unit's own scale */
  readonly scale: number;
}

const BRACKETED = /[（(]\s*(?:单位\s*[:：]\s*)?([^（）()\s]{1,6})\s*[）)]\s*$/;
const SLASHED = /[/／]\s*([^/／\s]{1,4})$/;
const CAPTION = /单位\s*[:：]\s*([^\s，,；;。)）]{1,6})/;

export function headerUnit(header: string, lex: CompiledLexicon): HeaderUnit | null {
  const m = BRACKETED.exec(header) ?? SLASHED.exec(header) ?? CAPTION.exec(header);
  return m ? resolveUnit(m[1]!, lex) : null;
}

/** `单位：件` anywhere in a caption (the lines above a table, or the header row itself). */
export function captionUnit(caption: string, lex: CompiledLexicon): HeaderUnit | null {
  const m = CAPTION.exec(caption);
  return m ? resolveUnit(m[1]!, lex) : null;
}

function resolveUnit(surface: string, lex: CompiledLexicon): HeaderUnit | null {
  const s = surface.replace(/％/g, '%');
  const direct = s === '%' ? lex.percentUnit : lex.unitSurfaces.get(s);
  if (direct) return { unit: direct, scale: direct.scale };
  for (const m of lex.multipliers) {
    if (!s.startsWith(m.surface)) continue;
    const unit = lex.unitSurfaces.get(s.slice(m.surface.length));
    if (unit) return { unit, scale: m.value * unit.scale };
  }
  return null;
}

/** Columns whose numbers are not measured in the table's unit (a year, a rank, a serial number). */
export const NOT_MEASURED = /年份|年度|序号|编号|排名|名次|代码|电话|日期|时间|邮编|批次/;
