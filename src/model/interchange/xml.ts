/** Attribute values as they are written into XML markup; `undefined` leaves the attribute out. */
export type XmlAttrs = Record<string, string | number | undefined>;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// XML 1.0 rejects these even as character references, so one pasted into a label would make the whole file unreadable:
// C0 controls other than tab, LF and CR; U+FFFE/U+FFFF; and UTF-16 halves that have no partner.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot hold at all (control characters, lone surrogates). */
export function dropNonXmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Makes text inert as element content: markup becomes characters, never elements. */
export function escapeXmlText(text: string): string {
  // A parser turns CR and CRLF into LF; a character reference keeps the text exactly as written.
  return dropNonXmlChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char).replace(/\r/g, '&#13;');
}

/** Makes text inert inside an attribute value, keeping tabs and line breaks (which a parser would otherwise turn into spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** One element; `content` is markup the caller has already built and escaped. */
export function xmlElement(tag: string, attrs: XmlAttrs, content?: string): string {
  const written = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
  return content === undefined ? `<${tag}${written}/>` : `<${tag}${written}>${content}</${tag}>`;
}

/** The declaration every exported XML file starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
