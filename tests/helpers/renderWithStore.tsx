import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { ExplorerStoreProvider } from '../../src/store/ExplorerStoreContext';
import type { Story } from '../../src/model/story/types';

/** Renders UI inside its own fresh explorer store, and hands back the store to drive and inspect. */
export function renderWithStore(ui: ReactElement, story: Story) {
  const store = createExplorerStore(story);
  const result = render(<ExplorerStoreProvider store={store}>{ui}</ExplorerStoreProvider>);
  return { ...result, store };
}
