import type { Story } from '../story/types';
import { storyToCsv } from './csv';
import { storyToCytoscapeJson } from './cytoscapeJson';
import { storyToFtmLines } from './ftm';
import { storyToGexf } from './gexf';
import { storyToGraphML } from './graphml';

/** The formats a story converts to, by the names `npm run convert -- --to <format>` takes. */
export const EXPORT_FORMATS = ['story', 'graphml', 'gexf', 'cytoscape', 'csv', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file to write or download: its name (from the story id), its text and its media type. */
export interface ExportFile {
  name: string;
  text: string;
  mime: string;
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
      return [{ name: `${id}.json`, text: `${JSON.stringify(story, null, 2)}\n`, mime: 'application/json' }];
    case 'graphml':
      return [{ name: `${id}.graphml`, text: storyToGraphML(story), mime: 'application/graphml+xml' }];
    case 'gexf':
      return [{ name: `${id}.gexf`, text: storyToGexf(story), mime: 'application/xml' }];
    case 'cytoscape':
      return [{ name: `${id}.cyjs`, text: `${JSON.stringify(storyToCytoscapeJson(story), null, 2)}\n`, mime: 'application/json' }];
    case 'csv': {
      const csv = storyToCsv(story);
      return [{ name: `${id}-nodes.csv`, text: csv.nodes, mime: 'text/csv' }, { name: `${id}-edges.csv`, text: csv.edges, mime: 'text/csv' }];
    }
    case 'ftm':
      return [{ name: `${id}.ftm.json`, text: storyToFtmLines(story), mime: 'application/json' }];
  }
}
