/** Long enough for every browser to have started reading the blob; FileSaver.js waits far longer for old Safari. */
const REVOKE_AFTER_MS = 10_000;
const MAX_NAME_LENGTH = 80;

/** Saves a blob as a file through a temporary link, then frees its object URL so it does not live as long as the page. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  // Firefox only follows a link that is in the document.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Saves text (SVG, JSON) as a file of the given MIME type. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}

/** Reduces to ASCII letters, digits and single dashes: accents are dropped, anything else becomes a dash. */
function safePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file name every OS and CMS accepts, from a story id (`xi-kim:beijing_2025` → `xi-kim-beijing-2025.svg`). */
export function storyFileName(storyId: string, ext: string): string {
  const stem = safePart(storyId).slice(0, MAX_NAME_LENGTH).replace(/-+$/, '') || 'story';
  const extension = safePart(ext).toLowerCase();
  return extension ? `${stem}.${extension}` : stem;
}
