import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/model/story/jsonErrorOffset';
import { jsonSyntaxMessage } from '../../src/model/story/jsonSyntaxMessage';
import { parseStoryText } from '../../src/model/story/parseStory';

/** The one problem parseStoryText reports for text that is not JSON. */
const messageFor = (text: string) => {
  const result = parseStoryText(text);
  if (result.ok || result.problems.length !== 1) throw new Error('expected exactly one problem');
  expect(result.problems[0]?.path).toBe('(the whole file)');
  return result.problems[0]?.message ?? '';
};

describe('a JSON syntax error names line and column', () => {
  it('turns the position V8 reports into a line and a column, with the line around the fault', () => {
    expect(messageFor(readFileSync('tests/fixtures/invalid-json-comment.json', 'utf8'))).toBe(
      'This is not valid JSON: line 4, column 25: Expected double-quoted property name. Here: "title": "A story",   ▸// a comment, as in JSONC',
    );
  });

  it('finds the place itself when the engine gives none (a bare word, V8)', () => {
    expect(messageFor('{\n  "id": "x",\n  "type": person\n}')).toBe("This is not valid JSON: line 3, column 11: Unexpected token 'p'. Here: \"type\": ▸person");
  });

  it('places the end of the text when it stops too soon', () => {
    expect(messageFor('{\r\n  "version": 1,\r\n  "id": "cut"')).toMatch(/^This is not valid JSON: line 3, column 14: .+ Here: "id": "cut"▸$/);
    expect(messageFor('')).toBe('This is not valid JSON: line 1, column 1: Unexpected end of JSON input.');
  });

  it('reads the messages of other engines', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    // Chrome with V8's newer wording, Firefox, Safari (no position at all).
    expect(jsonSyntaxMessage(text, "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)")).toBe(
      "This is not valid JSON: line 3, column 3: Expected ',' or '}' after property value. Here: ▸\"b\": 2",
    );
    expect(jsonSyntaxMessage(text, "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data")).toBe(
      "This is not valid JSON: line 3, column 3: Expected ',' or '}' after property value in object. Here: ▸\"b\": 2",
    );
    expect(jsonSyntaxMessage(text, "JSON Parse error: Expected '}'")).toBe("This is not valid JSON: line 3, column 3: Expected '}'. Here: ▸\"b\": 2");
  });

  it('says what is wrong even where no place can be found', () => {
    expect(jsonSyntaxMessage('{}', 'Something else went wrong')).toBe('This is not valid JSON: Something else went wrong.');
  });

  it('shortens a long line around the fault', () => {
    const message = messageFor(`{"a": "${'x'.repeat(200)}" "b": 2}`);
    expect(message).toMatch(/^This is not valid JSON: line 1, column 210: Expected ',' or '}' after property value\. Here: …x+" ▸"b": 2}$/);
    expect(message.length).toBeLessThan(160);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseStoryText(`\ufeff${readFileSync('tests/fixtures/small-story.json', 'utf8')}`).ok).toBe(true);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', undefined],
    [' [1, -2.5e3, "\\u00e9\\n", true, false, null, {}, []] ', undefined],
    ['{"a": 1,}', 8],
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['{"a": x}', 6],
    ['{"a": nul}', 9],
    ['{"a": "b\nc"}', 8],
    ['{"a": "\\q"}', 8],
    ['{"a": 01}', 7],
    ['{"a": 1} x', 9],
    ['[[[', 3],
    ['{"a": "open', 11],
    ['', 0],
  ])('%j stops at %s, as JSON.parse does', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    const parses = (() => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    })();
    expect(parses).toBe(offset === undefined);
  });
});

describe('control characters in a syntax message', () => {
  it('names a carriage return the engine quotes, so the message stays one clean line', () => {
    // V8 says "Unexpected token '\r', …" for a misspelt true at the end of a Windows line.
    const text = '{\r\n  "version": 1,\r\n  "draft": tru\r\n}';
    let engine = '';
    try {
      JSON.parse(text);
    } catch (error) {
      engine = (error as Error).message;
    }
    const message = jsonSyntaxMessage(text, engine);
    expect(message).not.toMatch(/[\r\n\t]/);
    expect(message).toMatch(/^This is not valid JSON: line 3, column \d+: Unexpected token '\\r'/);
  });
});
