import { lazy, Suspense, useState } from 'react';
import type { Story } from '../model/story/types';
import { downloadText, storyFileName } from '../ui/download';
import { DraftBanners, type DraftTrouble } from '../ui/studio/DraftBanners';
import { draftFileText, draftStoryData } from './drafts/openDraft';
import type { Drafts } from './useDrafts';

// Loaded when the curator first opens Drafts.
const DraftsDialog = lazy(() => import('../ui/studio/DraftsDialog').then((module) => ({ default: module.DraftsDialog })));

/** How the app shows a story from the drafts: in the studio, and whether readers may have seen it. */
export type ShowDraft = (story: Story | null, options: { editing: boolean; published: boolean }) => void;

const when = (savedAt: number) => (savedAt ? new Date(savedAt).toLocaleString() : 'an unknown time');

function troubleOf(status: Drafts['status']): DraftTrouble {
  if (status.kind === 'paused') return { kind: status.why };
  if (status.kind === 'error') return { kind: 'error', message: status.message };
  return null;
}

/** The drafts' dialog and banners: open, download, discard or repair a draft; choose after another tab's change. */
export function DraftsLayer({ drafts, open, onClose, show }: { drafts: Drafts; open: boolean; onClose: () => void; show: ShowDraft }) {
  const [message, setMessage] = useState('');
  const close = () => {
    setMessage('');
    onClose();
  };
  const find = (key: string) => drafts.list.find((d) => d.key === key);

  const openDraft = async (key: string) => {
    await drafts.flush();
    const opened = await drafts.open(key);
    if (!opened.ok) return setMessage(opened.setAside ? `That draft could not be opened, and has been set aside (it is listed here). ${opened.setAside.unreadable ?? ''}` : 'That draft is no longer here.');
    drafts.announce(`Your draft “${opened.summary.title}” from ${when(opened.summary.savedAt)} is open.`);
    show(opened.story, { editing: true, published: opened.summary.published });
    close();
  };

  const download = async (key: string) => {
    const found = await drafts.read(key);
    if (!found) return setMessage('That draft is no longer here.');
    const stem = `${found.summary.storyId || 'draft'}-${found.summary.unreadable ? 'set-aside' : 'draft'}-${new Date(found.summary.savedAt).toISOString().slice(0, 10)}`;
    downloadText(draftFileText(found.story), storyFileName(stem, 'json'), 'application/json');
    setMessage(`Downloaded “${found.summary.title}”.`);
  };

  const discard = async (key: string) => {
    const draft = find(key);
    if (!draft || !window.confirm(`Discard the draft “${draft.title}” (last change ${when(draft.savedAt)})? This cannot be undone.`)) return;
    const wasOpen = key === drafts.currentKey();
    await drafts.remove(key);
    setMessage(`Discarded “${draft.title}”.`);
    if (wasOpen) show(null, { editing: false, published: true });
  };

  const repair = async (key: string) => {
    const found = await drafts.read(key);
    // Loaded only when asked for: few curators ever need it.
    const { repairDraft } = await import('../model/studio/repairDraft');
    const repaired = found ? repairDraft(draftStoryData(found.story)) : null;
    if (!found || !repaired) return setMessage('This draft cannot be repaired here: it is not a story of this format. Download it to keep it.');
    drafts.create(repaired.story, found.summary.published);
    const changes = repaired.changes.length > 0 ? ` Changed: ${repaired.changes.join(' ')}` : '';
    drafts.announce(`A repaired copy of “${repaired.story.title}” is open.${changes} The draft as it was stays in Drafts until you discard it.`);
    show(repaired.story, { editing: true, published: found.summary.published });
    close();
  };

  return (
    <>
      {open && (
        <Suspense fallback={null}>
          <DraftsDialog
            drafts={drafts.list}
            currentKey={drafts.currentKey()}
            message={message}
            onOpen={(key) => void openDraft(key)}
            onDownload={(key) => void download(key)}
            onDiscard={(key) => void discard(key)}
            onRepair={(key) => void repair(key).catch(() => setMessage('The repair could not be loaded (offline?). Download the draft to keep it.'))}
            onClose={close}
          />
        </Suspense>
      )}
      <DraftBanners
        trouble={troubleOf(drafts.status)}
        onKeepMine={() => void drafts.keepMine()}
        onTakeTheirs={() => void drafts.takeTheirs()}
        onDiscardHere={() => {
          drafts.begin(null);
          show(null, { editing: false, published: true });
        }}
      />
    </>
  );
}
