/**
 * A labelled form control with its hint and its error message, wired for assistive technology: the control is
 * described by both, and marked invalid while an error shows. Shared by every form of the dashboard.
 */
import { h, uniqueId } from '../dom.js';

export interface Field {
  wrapper: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  error: HTMLElement;
}

export function field(label: string, control: Field['control'], hint?: string): Field {
  const id = control.id || uniqueId('field');
  control.id = id;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  control.setAttribute('aria-describedby', [hintElement ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
  const wrapper = h('div', { class: 'field' }, h('label', { for: id }, label), hintElement, control, error);
  return { wrapper, control, error };
}

/** Adds `message` to the field's error (a field may have several problems at once). */
export function showError(target: Field, message: string): void {
  target.error.hidden = false;
  target.error.textContent = target.error.textContent ? `${target.error.textContent} ${message}` : message;
  target.control.setAttribute('aria-invalid', 'true');
}

export function clearError(target: Field): void {
  target.error.hidden = true;
  target.error.textContent = '';
  target.control.removeAttribute('aria-invalid');
}
