import { jsonErrorOffset } from './jsonErrorOffset';

/** What went wrong, in the engine's words, and where, as an offset into the text, when the engine says. */
interface EngineError {
  what: string;
  offset?: number;
  line?: number;
  column?: number;
}

/**
 * Reads the message of the SyntaxError JSON.parse threw. Engines word it differently:
 * V8 (Node, Chrome): "Expected ',' or '}' after property value in JSON at position 67" (newer versions add
 * " (line 4 column 12)"), or "Unexpected token 'x', "…" is not valid JSON" with no position;
 * Firefox: "JSON.parse: expected ',' … at line 4 column 12 of the JSON data"; Safari: "JSON Parse error: …".
 */
function readEngineMessage(message: string): EngineError {
  const v8 = /^(.*?)(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(message);
  if (v8?.[1] && v8[2]) return { what: v8[1], offset: Number(v8[2]) };
  const v8Token = /^(.*?), (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s.exec(message);
  if (v8Token?.[1]) return { what: v8Token[1] };
  const firefox = /^JSON\.parse: (.*) at line (\d+) column (\d+) of the JSON data$/s.exec(message);
  if (firefox?.[1] && firefox[2] && firefox[3]) return { what: firefox[1], line: Number(firefox[2]), column: Number(firefox[3]) };
  return { what: message.replace(/^JSON Parse error: /, '') };
}

const LINE_BREAK = /\r\n?|\n/g;

/** Offsets at which each line starts: [0, …]. */
function lineStarts(text: string, upTo: number): number[] {
  const starts = [0];
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match && match.index < upTo; match = LINE_BREAK.exec(text)) starts.push(LINE_BREAK.lastIndex);
  return starts;
}

/** Control characters (a CR from a Windows line end, a tab, a NUL) written as their names, so a message stays one clean line. */
function visible(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => CONTROL_NAMES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const CONTROL_NAMES: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/** Up to this many characters each side of the fault are shown. */
const EXCERPT_SIDE = 30;

/** The offending line around the fault, with ▸ at the fault: `"title": "A story",   ▸// a comment`. */
function excerpt(text: string, lineStart: number, offset: number): string {
  const breakAt = text.slice(lineStart).search(/[\r\n]/);
  const lineEnd = breakAt < 0 ? text.length : lineStart + breakAt;
  const from = Math.max(lineStart, offset - EXCERPT_SIDE);
  const to = Math.min(lineEnd, offset + EXCERPT_SIDE);
  const before = visible(text.slice(from, offset).trimStart());
  const after = visible(text.slice(offset, to).trimEnd());
  if (before === '' && after === '') return '';
  return ` Here: ${from > lineStart ? '…' : ''}${before}▸${after}${to < lineEnd ? '…' : ''}`;
}

/**
 * What a curator reads when the text is not JSON: "This is not valid JSON: line 4, column 12: <what>. Here: <the
 * line, ▸ at the fault>". Line and column count from 1, the column in characters (UTF-16 units, as editors do).
 * The place is the engine's when it gives one, else found by reading the text; without either, just what.
 */
export function jsonSyntaxMessage(text: string, engineMessage: string): string {
  const error = readEngineMessage(engineMessage);
  // The engine quotes the offending character as is: a carriage return or a tab would garble a terminal line.
  const what = visible(error.what.charAt(0).toUpperCase() + error.what.slice(1));
  const sentence = /[.!?]$/.test(what) ? what : `${what}.`;
  let offset = error.offset;
  if (offset === undefined && error.line !== undefined && error.column !== undefined) {
    const starts = lineStarts(text, text.length);
    const start = starts[error.line - 1];
    if (start !== undefined) offset = start + error.column - 1;
  }
  offset ??= jsonErrorOffset(text);
  if (offset === undefined) return `This is not valid JSON: ${sentence}`;
  offset = Math.min(Math.max(offset, 0), text.length);
  const starts = lineStarts(text, offset);
  const lineStart = starts.at(-1) ?? 0;
  return `This is not valid JSON: line ${starts.length}, column ${offset - lineStart + 1}: ${sentence}${excerpt(text, lineStart, offset)}`;
}
