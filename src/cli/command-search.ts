import type { Command } from 'commander';
import { refreshSearchIndex, searchSentences } from '../store/search-index.js';
import { contextSnippet } from '../report/context.js';
import { DEFAULT_DB, DEFAULT_RULES, oneOf, positiveInt } from './options.js';
import { requireRules } from '../rules/load.js';
import { openExistingDatabase } from './open-store.js';
import { displayNames } from './display-names.js';

interface SearchFlags {
  db: string;
  rules: string;
  limit: number;
  format: 'text' | 'json';
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over the stored sentences (Chinese words cut by jieba): file:line:column and context')
    .argument('<words...>', 'words to find, all in one sentence (调解 成功率; 行政复议)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--rules <dir>', 'rules whose words jieba keeps whole (as the ingest did)', DEFAULT_RULES)
    .option('--limit <n>', 'at most this many sentences', positiveInt, 50)
    .option('--format <format>', 'text | json', oneOf(['text', 'json'] as const), 'text')
    .addHelpText('after', '\nExamples:\n  zhibiao search 调解\n  zhibiao search 行政复议 办结 --format json\n')
    .action(async (words: string[], flags: SearchFlags) => {
      const db = await openExistingDatabase(flags.db);
      try {
        let userWords: readonly string[] | null = null;
        const rulesWords = () => (userWords ??= requireRules(flags.rules).userWords);
        await refreshSearchIndex(db, { userWords: rulesWords });
        const { words: cut, hits } = await searchSentences(db, words, flags.limit, { userWords: rulesWords });
        if (flags.format === 'json') {
          process.stdout.write(`${JSON.stringify({ words: cut, hits }, null, 2)}\n`);
        } else {
          const names = await displayNames(db);
          for (const h of hits) process.stdout.write(`${names.get(h.file) ?? h.file}:${h.line}:${h.column}  ${around(h.sentence, cut)}\n`);
          process.stderr.write(`${hits.length}${hits.length === flags.limit ? '+' : ''} sentence(s) with ${cut.join(' + ') || '(no words)'}\n`);
        }
        if (hits.length === 0) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}

/** The sentence trimmed around the first query word it holds. */
function around(sentence: string, words: readonly string[]): string {
  const at = Math.min(...words.map((w) => sentence.indexOf(w)).filter((i) => i >= 0), sentence.length);
  const word = words.find((w) => sentence.indexOf(w) === at) ?? '';
  return contextSnippet(sentence, 0, at, at + word.length, 60);
}
