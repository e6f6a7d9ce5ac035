/**
 * What the studio's Import reads, for its file picker: story files, Cytoscape JSON (.json, Cytoscape desktop's
 * .cyjs), GraphML, GEXF and CSV tables (.tsv and .txt for tab-separated ones). Kept apart from the importers so
 * the studio names them without loading them.
 */
export const IMPORT_ACCEPT = ['.json', '.cyjs', '.graphml', '.xml', '.gexf', '.csv', '.tsv', '.txt', 'application/json', 'text/csv'].join(',');
