/** A file's text, with a note when it was not UTF-8; or why it cannot be read without garbling it. */
export type DecodedText = { ok: true; text: string; note?: string } | { ok: false; message: string };

// Windows-1252's bytes 0x80–0x9F (the rest is Latin-1). Decoded here rather than by TextDecoder, because Node's
// TextDecoder reads "windows-1252" as Latin-1 and would turn these (curly quotes, dashes, €) into control characters.
// The five bytes Windows-1252 leaves undefined are undefined here: a file holding them is in another encoding.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const NOT_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
  return text;
}

/** The text, or undefined when the bytes are not in that encoding or the encoding is unknown (TextDecoder throws for both). */
function decode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if any. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decodes a file as spreadsheets, yEd and Gephi write them: UTF-8 (with or without Excel's byte order mark), UTF-16
 * with its mark (Excel's "Unicode text"), the encoding an XML declaration names, or else legacy Windows-1252 (Excel's
 * "CSV" on Windows in Western Europe), which is said in the note so the curator can check the accents. Text that
 * is none of these is refused rather than shown as mojibake.
 */
export function decodeText(name: string, bytes: Uint8Array): DecodedText {
  const [b0, b1] = [bytes[0], bytes[1]];
  if (b0 === 0xff && b1 === 0xfe) return result(name, decode('utf-16le', bytes));
  if (b0 === 0xfe && b1 === 0xff) return result(name, decode('utf-16be', bytes));
  const declared = declaredXmlEncoding(bytes);
  if (declared === 'windows-1252' || declared === 'cp1252') {
    return bytes.some((byte) => NOT_1252.has(byte)) ? { ok: false, message: `${name} holds bytes Windows-1252 does not define; save it as UTF-8.` } : { ok: true, text: decodeWindows1252(bytes) };
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = decode(declared, bytes);
    return text === undefined ? { ok: false, message: `${name} declares the encoding "${declared}", which cannot be read here; save it as UTF-8.` } : { ok: true, text };
  }
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8 };
  if (bytes.some((byte) => NOT_1252.has(byte))) {
    return { ok: false, message: `${name} is neither UTF-8 nor Windows-1252 text; save it as "CSV UTF-8" (Excel) or UTF-8 and import it again.` };
  }
  return { ok: true, text: decodeWindows1252(bytes), note: `${name} is not UTF-8: it was read as Windows-1252 (Excel's legacy CSV); check accented letters, or save it as "CSV UTF-8".` };
}

function result(name: string, text: string | undefined): DecodedText {
  return text === undefined ? { ok: false, message: `${name} starts with a UTF-16 mark but is not UTF-16 text.` } : { ok: true, text };
}
