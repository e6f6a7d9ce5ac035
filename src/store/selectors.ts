import type { ExplorerState } from './explorerState';

export const selectStory = (s: ExplorerState) => s.story;
export const selectIndex = (s: ExplorerState) => s.index;
export const selectSelection = (s: ExplorerState) => s.selection;
export const selectHiddenTypes = (s: ExplorerState) => s.hiddenTypes;
export const selectArticleFocus = (s: ExplorerState) => s.articleFocus;
export const selectNotice = (s: ExplorerState) => s.notice;
export const selectView = (s: ExplorerState) => s.view;
/** Ids are for whoever embeds or scripts the graph: the full explorer shows them; an embed's readers are not asked to read them. */
export const selectShowsIds = (s: ExplorerState) => s.layout === 'full';
