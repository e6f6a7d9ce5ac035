import type { Page } from '@playwright/test';

/** Selects words in a paragraph of the article, as a mouse drag would, by text offsets. */
export async function selectWords(page: Page, paragraph: string, words: string): Promise<void> {
  await page.evaluate(
    ([pid, text]) => {
      const p = document.querySelector(`[data-paragraph="${pid}"] p`);
      if (!p) throw new Error('no paragraph');
      // In sight, as words a person selects are.
      p.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.closest('[data-offset]')) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = whole.indexOf(text ?? '');
      if (at < 0) throw new Error(`"${text}" not in ${pid}`);
      const locate = (offset: number) => {
        let left = offset;
        for (const node of nodes) {
          if (left <= node.data.length) return { node, left };
          left -= node.data.length;
        }
        throw new Error('offset out of range');
      };
      const start = locate(at);
      const end = locate(at + (text ?? '').length);
      const range = document.createRange();
      range.setStart(start.node, start.left);
      range.setEnd(end.node, end.left);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    [paragraph, words],
  );
}

/** Selects words with a real mouse drag: press before the first letter, release after the last (`whileDown` runs before the release). */
export async function dragSelect(page: Page, paragraph: string, words: string, whileDown?: () => Promise<void>): Promise<void> {
  await selectWords(page, paragraph, words);
  const box = await page.evaluate(() => {
    const rects = document.getSelection()?.getRangeAt(0).getClientRects();
    const first = rects?.[0];
    const last = rects?.[rects.length - 1];
    document.getSelection()?.removeAllRanges();
    return first && last ? { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 } : null;
  });
  if (!box) throw new Error('no box for the words');
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await whileDown?.();
  await page.mouse.up();
}
