// DOM matchers (toBeInTheDocument, …) and, for component tests, unmounting after each test so tests never see each other's DOM.
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll } from 'vitest';

if (typeof document !== 'undefined') {
  const { cleanup, render, screen } = await import('@testing-library/react');
  const { createElement } = await import('react');
  // The first role query in a fresh jsdom costs a second or more on a busy machine (jsdom's first computed styles,
  // the role tables), whichever test makes it: pay it once per file here, under the hook's own timeout, so each
  // test's time is its own work.
  beforeAll(() => {
    render(createElement('button', { type: 'button' }, 'warm-up'));
    screen.getByRole('button', { name: 'warm-up' });
    cleanup();
  });
  afterEach(() => cleanup());
}
