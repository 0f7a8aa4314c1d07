/**
 * A saved web page reduced to its article: Mozilla's Readability over linkedom, a DOM that has no script engine and
 * loads nothing. Scripts, frames, plug-ins and event-handler attributes are removed before Readability sees the
 * page, so nothing in the file can run or reach the network; the article is then written out as plain text, one
 * paragraph per block, and that text is what the document holds and what spans count on.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkInputString, requireText } from './decode.js';
import { IntakeError, NoArticleTextError } from './errors.js';

export interface ArticleText {
  /** the article's title, as the page gives it ("" when it gives none) */
  title: string;
  /** the article's text: paragraphs separated by a blank line */
  text: string;
  byline?: string;
  /** as the page's metadata states it (often an ISO 8601 date-time) */
  publishedTime?: string;
  /** what was removed unread: script, iframe and other active elements, and on* attributes */
  removed: { elements: number; handlers: number };
}

// The little of the DOM used here, typed structurally (the project's TypeScript has no DOM library).
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  attributes: ArrayLike<{ name: string; value: string }>;
  removeAttribute(name: string): void;
  remove(): void;
}
interface DomDocument {
  title: string;
  body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Elements that run code, embed other documents or hold no article text. JSON-LD is data (Readability reads the
 * title, author and date from it), never executed, and is kept until Readability has read it.
 */
const ACTIVE_ELEMENTS = [
  'script:not([type="application/ld+json"])',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'style',
  'link',
  'base',
  'audio',
  'video',
  'canvas',
  'svg',
  'form',
].join(',');

/** Block elements: each starts a new paragraph of the text. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TFOOT TR UL'.split(
    ' ',
  ),
);

/** Reduces a saved page to its article text. Throws an IntakeError when the page is unusable or has no text. */
export function htmlToText(html: string): ArticleText {
  const source = requireText(checkInputString(html, 'the HTML'), 'the HTML');
  try {
    return readPage(source);
  } catch (error) {
    if (error instanceof IntakeError) throw error;
    // markup so broken that the DOM or Readability gives up is still the user's input, not a failure of ours
    throw new NoArticleTextError(
      `the HTML could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function readPage(source: string): ArticleText {
  // a fragment (no <html> element) is parsed as a page's body, as a browser would
  const page = /<html[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(page) as unknown as { document: DomDocument };
  const removed = stripActiveContent(document);
  const pageTitle = document.title.trim();
  const fallbackBody = document.body === null ? '' : blockText(document.body);
  // Readability changes the document it reads; the whole body's text was taken above in case it finds no article
  const article = new Readability(document, { serializer: (node) => blockText(node as never) }).parse();
  const text = article?.content?.trim() ? article.content : fallbackBody;
  if (text.trim() === '') throw new NoArticleTextError();
  return {
    title: collapse(article?.title ?? '') || pageTitle,
    text,
    ...(article?.byline ? { byline: collapse(article.byline) } : {}),
    ...(article?.publishedTime ? { publishedTime: article.publishedTime.trim() } : {}),
    removed,
  };
}

function stripActiveContent(document: DomDocument): { elements: number; handlers: number } {
  const active = asArray(document.querySelectorAll(ACTIVE_ELEMENTS));
  active.forEach((element) => element.remove());
  let handlers = 0;
  for (const element of asArray(document.querySelectorAll('*'))) {
    for (const { name, value } of asArray(element.attributes)) {
      const lower = name.toLowerCase();
      const scriptUrl =
        /^\s*(javascript|vbscript|data):/i.test(value) &&
        ['href', 'src', 'action', 'formaction', 'srcdoc'].includes(lower);
      if (lower.startsWith('on') || lower === 'srcdoc' || scriptUrl) {
        element.removeAttribute(name);
        handlers += 1;
      }
    }
  }
  return { elements: active.length, handlers };
}

/** The text of a node: paragraphs (blocks) separated by a blank line, white space collapsed, `<br>` a new line. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = () => {
    const lines = current
      .split('\n')
      .map(collapse)
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      current += '\n';
      return;
    }
    if (name === 'SCRIPT' || name === 'STYLE') return;
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    for (const child of asArray(node.childNodes)) visit(child);
    if (block) endParagraph();
  };
  visit(root);
  endParagraph();
  return paragraphs.join('\n\n');
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function asArray<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}
