/**
 * Search snippets: the full-text engine marks matched terms with two control characters that never occur in
 * stored text; this turns such a marked snippet into plain text with highlight ranges (in code points) and into
 * escaped HTML with <mark>, so no client has to trust the stored text as markup.
 */

export const SNIPPET_MARK_START = '\u0001';
export const SNIPPET_MARK_END = '\u0002';

export interface Snippet {
  text: string;
  highlights: { start: number; end: number }[];
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export function parseMarkedSnippet(marked: string): Snippet {
  let text = '';
  let html = '';
  let length = 0;
  let openAt: number | null = null;
  const highlights: Snippet['highlights'] = [];
  for (const char of marked) {
    if (char === SNIPPET_MARK_START) {
      openAt = length;
      html += '<mark>';
    } else if (char === SNIPPET_MARK_END) {
      if (openAt !== null && length > openAt) highlights.push({ start: openAt, end: length });
      openAt = null;
      html += '</mark>';
    } else {
      text += char;
      html += escapeHtml(char);
      length += 1;
    }
  }
  return { text, highlights, html };
}
