// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, downloadText, storyFileName } from '../../src/ui/download';

describe('storyFileName', () => {
  it('keeps letters and digits, turning everything else into single dashes', () => {
    expect(storyFileName('xi-kim:beijing_2025', 'svg')).toBe('xi-kim-beijing-2025.svg');
    expect(storyFileName('Café  Crème.v2', '.PNG')).toBe('Cafe-Creme-v2.png');
    expect(storyFileName('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(storyFileName('a"b<c>|d?*', 'svg')).toBe('a-b-c-d.svg');
  });

  it('falls back to a name when nothing usable is left, and stays short', () => {
    expect(storyFileName('金正恩', 'svg')).toBe('story.svg');
    expect(storyFileName('', 'svg')).toBe('story.svg');
    const long = storyFileName('x'.repeat(300), 'svg');
    expect(long.length).toBeLessThanOrEqual(84);
    expect(long).toMatch(/^[A-Za-z0-9-]+\.svg$/);
  });
});

describe('downloadBlob and downloadText', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('clicks a temporary download link, removes it, and frees the object URL afterwards', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const revoke = vi.fn();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => (created.push(blob), 'blob:quotegraph/1') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: revoke });
    const clicked: Array<{ href: string; download: string; attached: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
    });

    downloadText('<svg/>', 'small.svg', 'image/svg+xml');

    expect(clicked).toEqual([{ href: 'blob:quotegraph/1', download: 'small.svg', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(created[0]?.type).toBe('image/svg+xml');
    expect(await created[0]?.text()).toBe('<svg/>');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:quotegraph/1');
  });

  it('frees the object URL even when the click throws', () => {
    vi.useFakeTimers();
    const revoke = vi.fn();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:quotegraph/2' });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: revoke });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(() => downloadBlob(new Blob(['x']), 'x.png')).toThrow('blocked');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:quotegraph/2');
  });
});
