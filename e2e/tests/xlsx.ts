import JSZip from 'jszip';

/** An Excel workbook as read back in a test: the sheets' names and the first sheet's rows of text. */
export interface Workbook {
  sheetNames: string[];
  /** The first sheet, row by row; empty cells are ''. */
  rows: string[][];
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** The text of every <t> element in a piece of XML (a shared string or an inline string, rich or plain). */
function texts(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1])).join('');
}

/** "C12" → 2 (the zero-based column). */
function column(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

/**
 * Opens an .xlsx as Excel would need it to be: a zip with [Content_Types].xml, the workbook and its
 * sheets. Throws when it is not one. Reads shared and inline strings (Apache POI writes either).
 */
export async function readXlsx(data: Buffer): Promise<Workbook> {
  const zip = await JSZip.loadAsync(data);
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`not an xlsx: ${path} is missing (entries: ${Object.keys(zip.files).join(', ')})`);
    return file.async('string');
  };
  const contentTypes = await read('[Content_Types].xml');
  if (!contentTypes.includes('spreadsheetml.sheet.main+xml')) {
    throw new Error('not an xlsx: [Content_Types].xml declares no spreadsheet workbook');
  }
  const workbook = await read('xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]*)"/g)].map((m) => ({
    name: decode(m[1]),
    relationId: m[2],
  }));
  if (sheets.length === 0) throw new Error('not an xlsx: the workbook has no sheet');
  const relations = await read('xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship\\b[^>]*\\bId="${sheets[0].relationId}"[^>]*\\bTarget="([^"]*)"`).exec(
    relations,
  )?.[1] ?? new RegExp(`<Relationship\\b[^>]*\\bTarget="([^"]*)"[^>]*\\bId="${sheets[0].relationId}"`).exec(relations)?.[1];
  if (!target) throw new Error(`not an xlsx: no relationship ${sheets[0].relationId} for the first sheet`);
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;

  const shared = zip.file('xl/sharedStrings.xml')
    ? [...(await read('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]))
    : [];

  const rows: string[][] = [];
  for (const row of (await read(sheetPath)).matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const index = Number(/\br="(\d+)"/.exec(row[1])?.[1] ?? rows.length + 1) - 1;
    const values: string[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1];
      const body = cell[2] ?? '';
      const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
      const type = /\bt="([^"]*)"/.exec(attributes)?.[1];
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = '';
      if (type === 's' && raw !== undefined) text = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') text = texts(body);
      else if (raw !== undefined) text = decode(raw);
      const at = ref ? column(ref) : values.length;
      while (values.length < at) values.push('');
      values[at] = text;
    }
    while (rows.length < index) rows.push([]);
    rows[index] = values;
  }
  return { sheetNames: sheets.map((s) => s.name), rows };
}
