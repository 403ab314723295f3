import { datasetteMetadata, datasetteMetadataPath } from '../report/datasette-metadata.js';
import { writeFileAtomic } from '../report/write-atomic.js';
import { refreshSearchIndex } from '../store/search-index.js';
import { requireRules } from '../rules/load.js';
import { openStore } from './open-store.js';

export interface FinishOptions {
  /** the rules whose words jieba keeps whole when it indexes (those the reports were cut with) */
  readonly rulesDir: string;
  /** false: leave the search index to the first `zhibiao search` (`ingest --no-search-index`) */
  readonly searchIndex?: boolean;
}

/**
 * What every command that adds reports to a database does last: index the sentences of the reports
 * not yet indexed for `zhibiao search` (and SQL/Datasette; an ingest's workers index the reports
 * they extract, so this finds only merged reports and those of older databases), and write the
 * Datasette metadata beside the database. Returns the metadata file's path.
 */
export async function finishDatabase(dbPath: string, opts: FinishOptions): Promise<string> {
  if (opts.searchIndex !== false) {
    const db = await openStore(dbPath);
    try {
      await refreshSearchIndex(db, { userWords: () => requireRules(opts.rulesDir).userWords });
    } finally {
      await db.close();
    }
  }
  const metadata = datasetteMetadataPath(dbPath);
  await writeFileAtomic(metadata, `${JSON.stringify(datasetteMetadata(dbPath), null, 2)}\n`);
  return metadata;
}
