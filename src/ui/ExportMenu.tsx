import { useRef, useState } from 'react';
import type { GraphController } from '../graph/GraphController';
import { useGraph, useGraphReady } from '../graph/useGraph';
import { parseStoryLazily } from '../model/story/readValidStory';
import type { ExportFormat } from '../model/interchange/exportFormats';
import type { Story } from '../model/story/types';
import { useExplorerStore } from '../store/ExplorerStoreContext';
import { selectStory } from '../store/selectors';
import { downloadBlob, downloadText, storyFileName } from './download';
import { useMenuDismissal } from './useMenuDismissal';

interface ExportItem {
  label: string;
  /** Named in the status line ("GEXF downloaded."). */
  what: string;
  /** Drawn from the canvas, so offered only once the graph has one. */
  needsGraph?: boolean;
  run: (story: Story, graph: GraphController, theme: 'light' | 'dark') => Promise<void>;
}

/** Every export; the exporters load only when asked for. */
const VIEW_EXPORTS: ExportItem[] = [
  {
    label: 'Image of the whole graph (PNG, 2×)',
    what: 'PNG',
    needsGraph: true,
    run: async (story, graph, theme) => {
      // The canvas draws light labels in the dark theme: give the PNG a matching background.
      const png = await graph.exportPng(theme === 'dark' ? '#161b22' : '#ffffff');
      if (png) downloadBlob(png, storyFileName(story.id, 'png'));
    },
  },
  {
    label: 'Vector drawing (SVG)',
    what: 'SVG',
    needsGraph: true,
    run: async (story, graph) => {
      const svg = await graph.exportSvg(story.title);
      if (svg !== null) downloadText(svg, storyFileName(story.id, 'svg'), 'image/svg+xml');
    },
  },
  {
    label: 'Story file (JSON)',
    what: 'story',
    run: async (story) => {
      // Only a story that passes every check leaves as a story file.
      const checked = await parseStoryLazily(story);
      if (!checked.ok) throw new Error(`fix ${checked.problems.length} problem(s) first (the studio lists them)`);
      downloadText(`${JSON.stringify(story, null, 2)}\n`, storyFileName(story.id, 'json'), 'application/json');
    },
  },
];

/** An export for other tools: the same files `npm run convert` writes, loaded (one chunk for all of them) only when asked for. */
function analysisExport(label: string, what: string, format: ExportFormat): ExportItem {
  return {
    label,
    what,
    run: async (story) => {
      const { exportFiles } = await import('../model/interchange/exportFormats');
      // The story id, made safe for every OS and CMS, then the format's own ending (`-nodes.csv`, `.ftm.json`).
      for (const file of exportFiles(story, format)) downloadText(file.text, `${storyFileName(`${story.id}${file.suffix}`, '')}.${file.extension}`, file.mime);
    },
  };
}

const ANALYSIS_EXPORTS: ExportItem[] = [
  analysisExport('GraphML (yEd, Cytoscape, NetworkX, igraph)', 'GraphML', 'graphml'),
  analysisExport('GEXF (Gephi)', 'GEXF', 'gexf'),
  analysisExport('Cytoscape JSON (Cytoscape desktop)', 'Cytoscape JSON', 'cytoscape'),
  analysisExport('CSV (nodes and edges, with quotes)', 'CSV', 'csv'),
  analysisExport('FollowTheMoney (Aleph)', 'FollowTheMoney', 'ftm'),
];

/** Export the view (PNG at 2x, SVG), the story file, or the graph for other tools. */
export function ExportMenu() {
  const graph = useGraph();
  const ready = useGraphReady();
  const story = useExplorerStore(selectStory);
  const theme = useExplorerStore((s) => s.theme);
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const dismissal = useMenuDismissal(menu);
  const run = async (item: ExportItem) => {
    if (menu.current) {
      // Closing the menu hides the item that had focus: focus goes back to the menu's button.
      menu.current.open = false;
      menu.current.querySelector('summary')?.focus();
    }
    setStatus(`Preparing ${item.what}…`);
    try {
      await item.run(story, graph, theme);
      const done = `${item.what} downloaded.`;
      setStatus(done);
      setTimeout(() => setStatus((current) => (current === done ? '' : current)), 4000);
    } catch (error) {
      setStatus(`Could not export ${item.what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const button = (item: ExportItem) => (
    <button key={item.what} type="button" disabled={item.needsGraph === true && !ready} onClick={() => void run(item)}>
      {item.label}
    </button>
  );
  return (
    <>
      <details className="export-menu" ref={menu} {...dismissal}>
        <summary className="topbar-button">Export</summary>
        <div className="export-items">
          {VIEW_EXPORTS.map(button)}
          <p className="export-group">For analysis elsewhere</p>
          {ANALYSIS_EXPORTS.map(button)}
        </div>
      </details>
      <p role="status" className="export-status">
        {status}
      </p>
    </>
  );
}
