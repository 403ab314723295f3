import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { RuleFileError } from '../core/errors.js';

/** Parse YAML text and validate it with a zod schema; errors name file, line and field. */
export function parseYamlText<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    throw new RuleFileError(file, lineCounter.linePos(syntax.pos[0]).line, null, `YAML syntax: ${syntax.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const line = lineOfPath(doc, path, lineCounter);
  throw new RuleFileError(file, line, path.length ? path.join('.') : null, issue.message);
}

/** 1-based line of the node at `path` (e.g. `indicators.2.rules.0.match`) in YAML text, or of its nearest parent. */
export function yamlLineOf(text: string, path: readonly (string | number)[]): number | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return lineOfPath(doc, [...path], lineCounter);
}

/** Read a YAML file and validate it; see parseYamlText. */
export function loadYamlFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RuleFileError(file, null, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return parseYamlText(file, text, schema);
}

/** Line of the deepest node on `path` that exists (a missing key reports its parent). */
function lineOfPath(doc: Document, path: Array<string | number>, counter: LineCounter): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}
