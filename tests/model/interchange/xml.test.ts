import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, xmlElement } from '../../../src/model/interchange/xml';

describe('XML escaping', () => {
  it('turns all five markup characters into entities', () => {
    expect(escapeXmlText(`Tom & Jerry <b>"hi"</b> it's`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt; it&apos;s');
  });

  it('drops what XML 1.0 cannot hold and keeps everything it can', () => {
    expect(escapeXmlText('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXmlText('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(escapeXmlText('金正恩 Ким Чен Ын 😀 tab\there\nline')).toBe('金正恩 Ким Чен Ын 😀 tab\there\nline');
  });

  it('keeps a carriage return as a reference, since parsers would fold it into a line feed', () => {
    expect(escapeXmlText('a\r\nb')).toBe('a&#13;\nb');
  });

  it('keeps tabs and line breaks in attributes, which parsers would otherwise turn into spaces', () => {
    expect(escapeXmlAttribute('a\tb\nc\r\nd')).toBe('a&#9;b&#10;c&#13;&#10;d');
  });

  it('writes elements with escaped attributes and leaves out undefined ones', () => {
    expect(xmlElement('node', { id: 'a"b', label: undefined, x: -1.5 })).toBe('<node id="a&quot;b" x="-1.5"/>');
    expect(xmlElement('desc', {}, 'already &amp; escaped')).toBe('<desc>already &amp; escaped</desc>');
  });
});
