import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles/tokens.css';
import './ui/styles/layout.css';
import './ui/styles/panels.css';
import './ui/styles/article.css';
import './ui/styles/embed.css';
import './ui/styles/studio.css';
import './ui/styles/narrow.css';
import './ui/styles/sheet.css';
import { EmbedFrameApp } from './embed/EmbedFrameApp';
import { ExplorerApp } from './app/ExplorerApp';
import { ErrorBoundary } from './ui/ErrorBoundary';

// `?embed` turns the page into the compact view for iframes (see README, "Embed in your page").
const embedded = new URLSearchParams(window.location.search).has('embed');
if (embedded) document.documentElement.classList.add('is-embedded');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>{embedded ? <EmbedFrameApp /> : <ExplorerApp />}</ErrorBoundary>
    </StrictMode>,
  );
}
