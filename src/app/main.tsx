import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles/tokens.css';
import '../ui/styles/layout.css';
import '../ui/styles/panels.css';
import '../ui/styles/article.css';
import { ExplorerApp } from './ExplorerApp';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ExplorerApp />
    </StrictMode>,
  );
}
