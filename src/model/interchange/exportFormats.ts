import type { Story } from '../story/types';
import { storyToCsv } from './csv';
import { storyToCytoscapeJson } from './cytoscapeJson';
import { storyToFtmLines } from './ftm';
import { storyToGexf } from './gexf';
import { storyToGraphML } from './graphml';

/** The formats a story converts to, by the names `npm run convert -- --to <format>` takes. */
export const EXPORT_FORMATS = ['story', 'graphml', 'gexf', 'cytoscape', 'csv', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file to write or download: `<story id><suffix>.<extension>`, its text and its media type. */
export interface ExportFile {
  name: string;
  /** What follows the story id in the name before the extension: `-nodes`, `-edges`, or nothing. */
  suffix: string;
  /** Without the dot: `graphml`, `ftm.json`… */
  extension: string;
  text: string;
  mime: string;
}

function file(id: string, suffix: string, extension: string, text: string, mime: string): ExportFile {
  return { name: `${id}${suffix}.${extension}`, suffix, extension, text, mime };
}

/** Whether a word names an export format. */
export function isExportFormat(word: string): word is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(word);
}

/**
 * The files a story becomes in a format, named after its id: `<id>.json`, `<id>.graphml`, `<id>.gexf`, `<id>.cyjs`,
 * `<id>-nodes.csv` and `<id>-edges.csv`, `<id>.ftm.json`. The studio's Export and `npm run convert` both write these.
 */
export function exportFiles(story: Story, format: ExportFormat): ExportFile[] {
  const id = story.id;
  switch (format) {
    case 'story':
      return [file(id, '', 'json', `${JSON.stringify(story, null, 2)}\n`, 'application/json')];
    case 'graphml':
      return [file(id, '', 'graphml', storyToGraphML(story), 'application/graphml+xml')];
    case 'gexf':
      return [file(id, '', 'gexf', storyToGexf(story), 'application/xml')];
    case 'cytoscape':
      return [file(id, '', 'cyjs', `${JSON.stringify(storyToCytoscapeJson(story), null, 2)}\n`, 'application/json')];
    case 'csv': {
      const csv = storyToCsv(story);
      return [file(id, '-nodes', 'csv', csv.nodes, 'text/csv'), file(id, '-edges', 'csv', csv.edges, 'text/csv')];
    }
    case 'ftm':
      return [file(id, '', 'ftm.json', storyToFtmLines(story), 'application/x-ndjson')];
  }
}
