import { fileURLToPath } from 'node:url';

/**
 * The rules shipped with the package: `<package>/rules`, found from this module's own location
 * (dist/rules/ or src/rules/ → ../../rules), so the tool works from any working directory and
 * through `npx zhibiao` from another project. `--rules DIR` overrides it.
 */
export const BUNDLED_RULES_DIR = fileURLToPath(new URL('../../rules', import.meta.url));
