/** One parsed record and the spreadsheet row it is on (the header is row 1; blank rows count but are not returned). */
export interface CsvRecord {
  row: number;
  fields: string[];
}

/** The records of a CSV text, or where and why it cannot be read. */
export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; row: number; message: string };

// Spreadsheets run a cell that starts with one of these as a formula, so text from a hostile story could become a
// live formula or link (CSV injection). Such text is written behind an apostrophe, which spreadsheets hide and
// `parseCsv` removes again. So that a genuine leading apostrophe survives too, text that starts with an apostrophe
// followed by a formula character or another apostrophe is written behind one more; `parseCsv` removes exactly one,
// and only there, so "'tis" or "'90s" is read as written.
const NEEDS_GUARD = /^(?:[=+\-@\t\r]|'[=+\-@\t\r'])/;
const GUARDED = /^'(?=[=+\-@\t\r'])/;

/** One field per RFC 4180: in double quotes (inner quotes doubled) when it holds a comma, quote, CR or LF. */
function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : NEEDS_GUARD.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: a header row first, rows ended by CRLF as RFC 4180 asks. Numbers are never formula-guarded, so -150 stays a number. */
export function csvTable(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/**
 * The separator a table uses, judged from its header row: `;` (Excel in German, French and other locales where the
 * comma is the decimal mark), a tab (Excel's "Unicode text", many scripts), or else the comma.
 */
export function csvSeparator(text: string): ',' | ';' | '\t' {
  const header = text.slice(0, 10_000).split(/\r?\n|\r/, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const count = (char: string) => outsideQuotes.split(char).length - 1;
  const [commas, semicolons, tabs] = [count(','), count(';'), count('\t')];
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

/**
 * Reads RFC 4180 CSV: quoted fields with commas, doubled quotes and line breaks; CRLF, LF or CR line ends; a leading
 * UTF-8 byte order mark (Excel writes one); `separator` for the tables that use another. Lenient where spreadsheets
 * are: a stray quote inside an unquoted field is text.
 */
export function parseCsv(text: string, separator: ',' | ';' | '\t' = ','): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let row = 1;
  const endField = () => {
    fields.push(field.replace(GUARDED, ''));
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is a blank spreadsheet row: it keeps its number but holds nothing.
    if (fields.length > 1 || fields[0] !== '') records.push({ row, fields });
    fields = [];
    row += 1;
  };
  let recordRow = row;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i += 1) {
    const char = text[i];
    if (inQuotes) {
      if (char !== '"') {
        field += char;
      } else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else {
        inQuotes = false;
      }
    } else if (char === '"' && field === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      recordRow = row;
    } else if (char === separator) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else {
      field += char;
    }
  }
  if (inQuotes) return { ok: false, row: recordRow, message: 'A quoted value is never closed: a double quote (") is missing.' };
  if (field !== '' || quoted || fields.length > 0) endRecord();
  return { ok: true, records };
}
