import { datasetteMetadata, datasetteMetadataPath } from '../report/datasette-metadata.js';
import { writeFileAtomic } from '../report/write-atomic.js';
import { refreshSearchIndex } from '../store/search-index.js';
import { openStore } from './open-store.js';

/**
 * What every command that adds reports to a database does last: index the new reports' sentences
 * for `zhibiao search` (and SQL/Datasette), and write the Datasette metadata beside the database.
 * Returns the metadata file's path.
 */
export async function finishDatabase(dbPath: string): Promise<string> {
  const db = await openStore(dbPath);
  try {
    await refreshSearchIndex(db);
  } finally {
    await db.close();
  }
  const metadata = datasetteMetadataPath(dbPath);
  await writeFileAtomic(metadata, `${JSON.stringify(datasetteMetadata(dbPath), null, 2)}\n`);
  return metadata;
}
