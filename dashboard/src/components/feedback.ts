/** Loading, error and empty states, announced to screen readers. */
import { h } from '../dom.js';
import { GraphQLRequestError } from '../api/graphqlClient.js';

export function loading(what: string): HTMLElement {
  return h(
    'p',
    { class: 'loading', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    ` Loading ${what}…`,
  );
}

/** A readable account of a failed request. */
export function errorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const code = error.code;
    if (code === 'NOT_FOUND') return `Not found: ${error.message}`;
    if (code === 'UNAUTHENTICATED') return `The reviewer token was refused: ${error.message}`;
    if (code === 'FORBIDDEN') return `This token may not do that: ${error.message}`;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function errorBox(error: unknown, retry?: () => void): HTMLElement {
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('p', {}, h('strong', {}, 'Something went wrong. '), errorMessage(error)),
    retry ? h('button', { type: 'button', class: 'button', onClick: retry }, 'Try again') : null,
  );
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}
