/**
 * Tab-separated rows with spreadsheet-style quoting: a field that starts with a double quote runs to the closing
 * quote, may hold tabs and newlines, and writes a quote inside as two. The CheckThat! files are written this way
 * (a few verified claims span two lines), so splitting on newlines would cut those claims in half.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the next separator belongs to the field as written.
      const start = i;
      i = fieldEnd(text, i);
      field += text.slice(start, i);
    } else {
      const start = i;
      i = fieldEnd(text, i);
      // One slice per field, not a string grown by characters: a million-row file stays small and fast.
      field = text.slice(start, i);
    }
    row.push(field);
    if (text[i] === '\t') {
      i++;
    } else {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The index of the tab, line break or end of text that ends an unquoted field starting at `i`. */
function fieldEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) break;
    i++;
  }
  return i;
}
