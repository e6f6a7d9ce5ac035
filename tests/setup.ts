// DOM matchers (toBeInTheDocument, …) and, for component tests, unmounting after each test so tests never see each other's DOM.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
