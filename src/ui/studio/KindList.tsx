import { kindChoices } from '../../model/story/relationKinds';
import type { Story } from '../../model/story/types';

/** The relation kinds a kind field offers (a <datalist> for its `list`): the story's own, and the graph's drawn-apart ones. */
export function KindList({ id, story }: { id: string; story: Story }) {
  return (
    <datalist id={id}>
      {kindChoices(story).map((kind) => (
        <option key={kind} value={kind} />
      ))}
    </datalist>
  );
}
