/**
 * A small DOM builder: `h('a', { href }, 'text')`. Text is always set as text (never parsed as HTML), and no
 * `style` attribute is ever written (the page's Content-Security-Policy forbids inline styles): appearance comes
 * from classes in styles.css.
 */
export type Child = Node | string | number | null | undefined | false | Child[];

type Listener = (event: Event) => void;

export interface Attributes {
  [name: string]: string | number | boolean | null | undefined | Listener | Record<string, string>;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

function applyAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'style') throw new Error('inline styles are not allowed by the Content-Security-Policy');
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else if (typeof value === 'object') {
      // only `dataset` takes an object; any other attribute would be written as "[object Object]"
      if (name !== 'dataset') throw new Error(`the ${name} attribute takes a string, not an object`);
      for (const [key, data] of Object.entries(value)) (element as HTMLElement).dataset[key] = data;
    } else if (name === 'value' && 'value' in element) {
      (element as HTMLInputElement).value = String(value);
    } else {
      element.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
}

/** An HTML element with attributes (`onClick` adds a listener) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, for the summary chart. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Replaces the children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A text field of a submitted form: '' when the field is missing or holds a file. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

let idCounter = 0;
/** A document-unique id, to tie labels and error messages to their fields. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
