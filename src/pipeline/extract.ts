import { createSourceText, type SourceText } from '../core/source-text.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { ExtractedReport, Observation, PlacedQuantity, SearchSentence } from '../core/document.js';
import { toError } from '../core/errors.js';
import type { RuleSet } from '../rules/compile.js';
import { matchIndicators } from '../rules/match.js';
import { applyScope } from '../rules/scope.js';
import { segmentReports, segmentWindows } from './segment-windows.js';
import type { MatchToken } from '../segment/window-tokens.js';
import { scanQuantities, traceQuantities } from '../quantities/index.js';
import type { ExtractTrace } from './extract-trace.js';
import { withoutImplausible } from '../quantities/implausible.js';
import { analyzeStructure } from '../structure/index.js';
import type { Structure } from '../structure/types.js';
import type { Quantity } from '../quantities/quantity.js';
import { placeQuantities } from './place-quantities.js';
import { addTableCellQuantities } from '../tables/cell-quantities.js';
import { emptyTimings, type StageTimings } from './stage-timings.js';
import { placeholderDiagnostics } from './placeholder-diagnostics.js';
import { indexWordsOfMany } from '../segment/search-words.js';
import { chunkRanges } from '../core/chunks.js';

/** One report's text as read from disk (decoded and cleaned). */
export interface ExtractInput {
  readonly file: string;
  readonly text: string;
  readonly encoding: string;
  readonly sha256: string;
  /** the title the file's format declares (HTML <title>, docx core title, PDF info): used when the text has none */
  readonly title?: string | null;
}

export interface ExtractContext {
  readonly ruleSet: RuleSet;
  /** stage times are added here when given */
  readonly timings?: StageTimings;
  /** record what the stages did (`report.trace`), for `explain` */
  readonly trace?: boolean;
  /** cut every sentence into its search-mode words for the search index (`report.search`): the ingest does */
  readonly searchIndex?: boolean;
}

const EMPTY_META = { title: null, org: null, year: null, kind: 'other' } as const;

/**
 * The extraction, as an ordered list of pure stages:
 *   normalize → structure → quantities (+ table cells under a unit header) → place → segment
 *   → index (only with `searchIndex`: every sentence's words for the search index) → match.
 * A stage that throws becomes one `error` diagnostic naming the file; the later stages are skipped.
 */
export function extractReport(input: ExtractInput, ctx: ExtractContext): ExtractedReport {
  return extractReports([input], ctx)[0]!;
}

/**
 * Reports extracted stage by stage together, at most: their windows go to jieba in one call. More
 * would keep jieba warmer, but every report of the group stays in memory until the group is done,
 * and in a worker's small young generation that costs more in garbage collection than it saves.
 */
const STAGE_GROUP = 8;
/** ...and at most this many characters of report text in one group. */
const STAGE_GROUP_CHARS = 2_000_000;

/**
 * `extractReport` for a batch, in groups of a few reports: each stage runs report by report, except
 * segmentation, which cuts the windows of the whole group in one call into jieba (see cutMany: its
 * dictionary stays warm). `onReport(i)` is called whenever the work turns to report i (the worker's
 * time-budget watchdog reads it). The results are those of extracting each report alone.
 */
export function extractReports(inputs: readonly ExtractInput[], ctx: ExtractContext, onReport: (i: number) => void = () => {}): ExtractedReport[] {
  const timings = ctx.timings ?? emptyTimings();
  const out: ExtractedReport[] = [];
  for (const [from, to] of chunkRanges(inputs, (input) => input.text.length, STAGE_GROUP_CHARS, STAGE_GROUP)) {
    const runs = inputs.slice(from, to).map((input, k) => {
      onReport(from + k);
      return startReport(input, ctx, timings);
    });
    onReport(from);
    segmentGroup(runs, ctx, timings, (k) => onReport(from + k));
    if (ctx.searchIndex) indexGroup(runs, timings, (k) => onReport(from + k));
    runs.forEach((run, k) => {
      onReport(from + k);
      out.push(finishReport(run, ctx, timings));
    });
  }
  return out;
}

/** One report between the stages: what the stages so far made of it. */
interface ReportRun {
  readonly input: ExtractInput;
  readonly src: SourceText;
  readonly structure: Structure | null;
  readonly placed: PlacedQuantity[];
  readonly diagnostics: Diagnostic[];
  readonly trace: ExtractTrace | undefined;
  /** the stage that failed (later stages are skipped), else null */
  failed: keyof StageTimings | null;
  windows: MatchToken[][];
  search?: SearchSentence[];
}

/** Run `fn` as stage `name` of `run`: timed, and a throw fails the report (later stages skipped). */
function stage<T>(run: ReportRun, timings: StageTimings, name: keyof StageTimings, fallback: T, fn: () => T): T {
  if (run.failed) return fallback;
  const t0 = performance.now();
  try {
    return fn();
  } catch (err) {
    run.failed = name;
    run.diagnostics.push({ severity: 'error', code: 'stage-failed', stage: name, message: `${name} stage failed: ${toError(err).message}` });
    return fallback;
  } finally {
    timings[name] += performance.now() - t0;
  }
}

/** normalize → structure → quantities → place */
function startReport(input: ExtractInput, ctx: ExtractContext, timings: StageTimings): ReportRun {
  const diagnostics: Diagnostic[] = [];
  const trace: ExtractTrace | undefined = ctx.trace ? { excluded: [], windows: [] } : undefined;
  const run: ReportRun = { input, src: createSourceText(input.file, ''), structure: null, placed: [], diagnostics, trace, failed: null, windows: [] };
  const src = stage(run, timings, 'normalize', run.src, () => createSourceText(input.file, input.text));
  const structure = stage(run, timings, 'structure', null, () => analyzeStructure(src));
  const scanned: Quantity[] = stage(run, timings, 'quantities', [], () => {
    if (trace) append(trace.excluded as ExtractTrace['excluded'][number][], excludedCandidates(src, ctx.ruleSet));
    const { kept, flagged } = withoutImplausible(scanQuantities(src, ctx.ruleSet.lexicon));
    append(diagnostics, flagged);
    return kept;
  });
  const quantities: Quantity[] = stage(run, timings, 'quantities', scanned, () => addTableCellQuantities(src, scanned, ctx.ruleSet.lexicon));
  const placed = stage(run, timings, 'place', [], () => (structure ? placeQuantities(src, structure, quantities) : []));
  return Object.assign(run, { src, structure, placed });
}

/** segment, for a group of reports in one call; if that fails, report by report (so the failure is its own report's) */
function segmentGroup(runs: readonly ReportRun[], ctx: ExtractContext, timings: StageTimings, onReport: (k: number) => void): void {
  const live = runs.filter((r) => !r.failed);
  const t0 = performance.now();
  try {
    const windows = segmentReports(live.map((r) => ({ src: r.src, quantities: r.placed })), ctx.ruleSet, ctx.trace === true);
    live.forEach((r, k) => (r.windows = windows[k]!));
    timings.segment += performance.now() - t0;
  } catch {
    timings.segment += performance.now() - t0;
    runs.forEach((r, k) => {
      onReport(k);
      r.windows = stage(r, timings, 'segment', [], () => segmentWindows(r.src, r.placed, ctx.ruleSet, ctx.trace === true));
    });
  }
}

/**
 * index: every sentence of each report with its search words, one call into jieba per report (its
 * words die young; a group's would outgrow a worker's young generation and be copied into the old)
 */
function indexGroup(runs: readonly ReportRun[], timings: StageTimings, onReport: (k: number) => void): void {
  runs.forEach((run, k) => {
    onReport(k);
    run.search = stage(run, timings, 'index', [], () => searchSentences(run));
  });
}

function searchSentences({ src, structure }: ReportRun): SearchSentence[] {
  const sentences = structure?.sentences ?? [];
  const texts = sentences.map((s) => src.raw.slice(s.span.start, s.span.end));
  const words = indexWordsOfMany(texts);
  // joined at once: one string per sentence lives on, not one per word
  return sentences.map((s, k) => ({ span: s.span, text: texts[k]!, words: words[k]!.join(' ') }));
}

/** match (with scope) and the report's diagnostics */
function finishReport(run: ReportRun, ctx: ExtractContext, timings: StageTimings): ExtractedReport {
  const { input, src, structure, placed, diagnostics, trace } = run;
  const observations: Observation[] = stage(run, timings, 'match', [], () => {
    const matched = matchIndicators(run.windows, ctx.ruleSet, trace?.windows);
    const scoped = applyScope(src, placed, matched, ctx.ruleSet.scope);
    if (trace) markScopeDrops(trace, matched, scoped);
    return scoped;
  });
  append(diagnostics, placeholderDiagnostics(placed, observations, ctx.ruleSet));
  return {
    file: input.file,
    encoding: input.encoding,
    sha256: input.sha256,
    chars: src.raw.length,
    lineCount: src.lines.lineCount,
    meta: withFormatTitle(structure?.meta ?? EMPTY_META, input.title ?? null),
    headings: structure?.headings ?? [],
    quantities: placed,
    observations,
    diagnostics,
    rulesetHash: ctx.ruleSet.hash,
    ...(trace ? { trace } : {}),
    ...(run.search ? { search: run.search } : {}),
  };
}

/** `into.push(...items)` without spreading: a report can have more items than a call has room for arguments. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The text decides title, org and year; a title the format declares fills a title the text lacks. */
const withFormatTitle = <M extends { title: string | null }>(meta: M, title: string | null): M =>
  meta.title || !title ? meta : { ...meta, title };

function excludedCandidates(src: SourceText, ruleSet: RuleSet): ExtractTrace['excluded'] {
  return traceQuantities(src, ruleSet.lexicon).flatMap((c) => (c.excluded ? [{ text: c.text, start: c.start, end: c.end, reason: c.excluded }] : []));
}

function markScopeDrops(trace: ExtractTrace, matched: readonly Observation[], scoped: readonly Observation[]): void {
  const kept = new Set(scoped.map((o) => `${o.quantityIndex}\0${o.ruleId}`));
  const dropped = new Set(matched.map((o) => `${o.quantityIndex}\0${o.ruleId}`).filter((k) => !kept.has(k)));
  for (const hit of trace.windows.flatMap((w) => w.hits)) {
    if (hit.outcome === 'observation' && dropped.has(`${hit.quantityIndex}\0${hit.ruleId}`)) hit.outcome = 'dropped by scope (negated or not a count of this)';
  }
}
