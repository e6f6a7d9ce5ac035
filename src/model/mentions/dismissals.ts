import { LIMITS } from '../story/storyLimits';
import type { Story } from '../story/types';
import { nameKey } from './nameGroups';

/**
 * Dismissed suggestions are kept with the story, in its optional `dismissed` list: the names as the article writes
 * them, so a curator reading the file knows what was turned down. "Suggest nodes" compares them folded (case, accents,
 * quote marks, a leading "the"), so dismissing "the Chinese government" also dismisses "Chinese Government".
 */
export function isDismissed(story: Story, name: string): boolean {
  const key = nameKey(name);
  return (story.dismissed ?? []).some((d) => nameKey(d) === key);
}

/** The story with `name` dismissed (unchanged when it already is); past the limit the oldest dismissal is forgotten. */
export function dismissName(story: Story, name: string): Story {
  const trimmed = name.trim().slice(0, LIMITS.label);
  if (!trimmed || isDismissed(story, trimmed)) return story;
  return { ...story, dismissed: [...(story.dismissed ?? []), trimmed].slice(-LIMITS.dismissed) };
}

/** The story with `name` offered again; the field goes when its list empties, so the file stays as it was. */
export function undismissName(story: Story, name: string): Story {
  const key = nameKey(name);
  const kept = (story.dismissed ?? []).filter((d) => nameKey(d) !== key);
  if (kept.length === (story.dismissed ?? []).length) return story;
  if (kept.length > 0) return { ...story, dismissed: kept };
  const rest: Story = { ...story };
  delete rest.dismissed;
  return rest;
}
