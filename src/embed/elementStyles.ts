import article from '../ui/styles/article.css?inline';
import embed from '../ui/styles/embed.css?inline';
import layout from '../ui/styles/layout.css?inline';
import panels from '../ui/styles/panels.css?inline';
import tokens from '../ui/styles/tokens.css?inline';

const HOST = `
:host { display: block; position: relative; }
:host([hidden]) { display: none; }
.explorer-root { height: auto; }
`;

let shared: CSSStyleSheet | null = null;

/**
 * One constructed stylesheet shared by every <quote-graph> on the page, adopted into each shadow root:
 * host-page CSS cannot reach in, ours cannot leak out, and no inline <style> is needed (strict CSP).
 */
export function elementStyleSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync([tokens, layout, panels, article, embed, HOST].join('\n'));
  }
  return shared;
}
