/**
 * Where a JSON syntax error is, as a person editing the file wants it: "invalid JSON at line 12, column 7".
 * Only used once JSON.parse has failed, so the scan below can be simple rather than fast.
 */

/**
 * "invalid JSON at line 12, column 7: Expected ',' or '}' after property value". V8 gives no position for some
 * errors ("Unexpected token 'u'") and only an offset for others, so the position comes from our own scan.
 */
export function describeJsonSyntaxError(source: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error))
    .replace(/ (?:in JSON )?at position \d+.*$/s, '')
    // V8 appends a snippet of the source ('Unexpected token ',', ..."a": tru,"... is not valid JSON'): the line
    // and column say where, more precisely
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  const offset = findJsonSyntaxErrorOffset(source);
  if (offset === undefined) return `invalid JSON: ${reason}`;
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
  const lineAndColumn = `line ${line}, column ${column}`;
  const where = offset >= source.length ? `at the end of the file (${lineAndColumn})` : `at ${lineAndColumn}`;
  return `invalid JSON ${where}: ${reason}`;
}

/** Thrown to unwind the scanner at the first offending character; never leaves this module. */
class JsonScanStop extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at offset ${offset}`);
  }
}

/** The UTF-16 offset of the first character that breaks the JSON grammar, or undefined if there is none. */
function findJsonSyntaxErrorOffset(source: string): number | undefined {
  let at = 0;
  const fail = (): never => {
    throw new JsonScanStop(at);
  };
  const skipWhitespace = () => {
    while (at < source.length && ' \t\n\r'.includes(source[at])) at++;
  };
  const expect = (char: string) => {
    if (source[at] !== char) fail();
    at++;
  };
  const scanLiteral = (word: string) => {
    for (const char of word) expect(char);
  };
  const scanString = () => {
    expect('"');
    for (;;) {
      const char = source[at];
      if (char === undefined || char < ' ') fail();
      if (char === '"') {
        at++;
        return;
      }
      if (char === '\\') {
        at++;
        const escaped = source[at];
        if (escaped === 'u') {
          at++;
          for (let digit = 0; digit < 4; digit++) {
            if (!/[0-9a-fA-F]/.test(source[at] ?? '')) fail();
            at++;
          }
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) at++;
        else fail();
      } else at++;
    }
  };
  const scanNumber = () => {
    const pattern = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (match === null) {
      if (source[at] === '-') at++;
      fail();
    }
    at += match![0].length;
  };
  const scanValue = (): void => {
    skipWhitespace();
    const char = source[at];
    if (char === '{')
      return scanContainer('}', () => {
        scanString();
        skipWhitespace();
        expect(':');
        scanValue();
      });
    if (char === '[') return scanContainer(']', scanValue);
    if (char === '"') return scanString();
    if (char === 't') return scanLiteral('true');
    if (char === 'f') return scanLiteral('false');
    if (char === 'n') return scanLiteral('null');
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return scanNumber();
    fail();
  };
  const scanContainer = (close: string, scanItem: () => void) => {
    at++;
    skipWhitespace();
    if (source[at] === close) {
      at++;
      return;
    }
    for (;;) {
      skipWhitespace();
      scanItem();
      skipWhitespace();
      if (source[at] === ',') at++;
      else return expect(close);
    }
  };
  try {
    scanValue();
    skipWhitespace();
    if (at < source.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof JsonScanStop) return error.offset;
    // a nesting deep enough to overflow the stack: no position rather than no message
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
