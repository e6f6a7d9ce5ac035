/*
 * Some JSON.parse errors carry no position: V8's "Unexpected token 'x', … is not valid JSON" (a bare word such as
 * `"type": person`, a common slip) and every error in Safari. This finds the place by reading the text against
 * JSON's grammar. It runs only after JSON.parse has failed, once, in time linear in the text, without recursion.
 */

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const ESCAPES = '"\\/bfnrt';
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** A number or a literal, read from `lastIndex` (sticky). */
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * Where JSON.parse stops on `text`: the offset of the first character that cannot continue valid JSON, or
 * `text.length` when the text ends too soon; undefined when `text` is valid JSON.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  /** Closing brackets awaited, innermost last. */
  const open: string[] = [];
  let expect: 'value' | 'key' | 'after' = 'value';

  const skipSpace = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  // Each reader moves i past what it read and answers true, or leaves i at the fault and answers false.
  const readString = (): boolean => {
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return true;
      }
      if (code < 0x20) return false;
      if (code !== 0x5c) {
        i++;
        continue;
      }
      const escape = text.charAt(i + 1);
      if (escape === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
      else if (escape !== '' && escape !== 'u' && ESCAPES.includes(escape)) i += 2;
      else {
        i++;
        return false;
      }
    }
    return false;
  };
  const readScalar = (): boolean => {
    SCALAR.lastIndex = i;
    if (SCALAR.test(text)) {
      i = SCALAR.lastIndex;
      return true;
    }
    // A literal cut short ("tru}") fails where it stops matching, as JSON.parse reports it; a bare word at its start.
    for (const literal of LITERALS) {
      let k = 0;
      while (k < literal.length && text.charAt(i + k) === literal.charAt(k)) k++;
      if (k > 0) {
        i += k;
        break;
      }
    }
    return false;
  };

  for (;;) {
    skipSpace();
    if (expect === 'after' && open.length === 0) return i < n ? i : undefined;
    if (i >= n) return n;
    const c = text.charAt(i);
    if (expect === 'key') {
      if (c !== '"' || !readString()) return i;
      skipSpace();
      if (text.charAt(i) !== ':') return i;
      i++;
      expect = 'value';
    } else if (expect === 'after') {
      const closer = open.at(-1);
      if (c === ',') expect = closer === '}' ? 'key' : 'value';
      else if (c === closer) open.pop();
      else return i;
      i++;
    } else if (c === '{' || c === '[') {
      i++;
      skipSpace();
      const closer = c === '{' ? '}' : ']';
      if (text.charAt(i) === closer) {
        i++;
        expect = 'after';
      } else {
        open.push(closer);
        expect = c === '{' ? 'key' : 'value';
      }
    } else {
      if (!(c === '"' ? readString() : readScalar())) return i;
      expect = 'after';
    }
  }
}
