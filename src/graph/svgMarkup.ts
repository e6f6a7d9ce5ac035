import { escapeXmlText } from '../model/interchange/xml';

/** The product's ink: node labels and the selection's outline. */
export const INK = '#1d2430';
/** The canvas's opacity for whatever lies outside the selection's neighbourhood (a faded node's fill, not its label). */
export const FADED_OPACITY = 0.16;
/** A faded node's label, as the canvas draws it: muted but readable (5.8:1 on the drawing's white). */
export const MUTED = '#5d6673';
/** A white outline behind text stands in for the canvas's label background, which would need font metrics to size. */
export const TEXT_HALO = { stroke: '#ffffff', 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } as const;

/** Attribute values as they are written into SVG markup; `undefined` leaves the attribute out. */
export type SvgAttrs = Record<string, string | number | undefined>;

/** Makes story text inert inside SVG text or an attribute value (one XML escaper for every export). */
export const escapeXml = escapeXmlText;

/** Two decimals are far below a pixel and keep exported files small and diffable. */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Serialises attributes, escaping every value so no story text can open a new attribute or element. */
export function attrs(values: SvgAttrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? svgNumber(value) : escapeXml(value)}"`)
    .join('');
}

/** One SVG element; `content` is markup already built (and escaped) by the caller. */
export function svgElement(tag: string, values: SvgAttrs, content?: string): string {
  return content === undefined ? `<${tag}${attrs(values)}/>` : `<${tag}${attrs(values)}>${content}</${tag}>`;
}

/** Breaks a label on word boundaries into lines of at most `max` characters, like the canvas's text wrap; long words stay whole. */
export function wrapLabel(label: string, max = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && [...candidate].length > max) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A generous width guess without font metrics (there are none in Node): CJK and other wide scripts count a full em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.62;
  return ems * fontSize;
}
