/** How section paths are joined in `quantities.section_path`; `splitSectionPath` undoes it. */
export const SECTION_PATH_SEPARATOR = ' › ';

export const joinSectionPath = (path: readonly string[]): string => path.join(SECTION_PATH_SEPARATOR);
export const splitSectionPath = (joined: string): string[] =>
  joined === '' ? [] : joined.split(SECTION_PATH_SEPARATOR);
