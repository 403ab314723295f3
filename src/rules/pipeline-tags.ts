/** Built-in tags the pipeline sets itself (quantities, units, punctuation); rules may name them freely. */
export const PIPELINE_TAGS = ['Value', 'Unit', 'Placeholder', 'Qualifier', 'Punct', 'Boundary'] as const;
