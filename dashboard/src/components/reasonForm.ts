/**
 * A form that asks why before an undoing write (withdrawing a review, unlinking two claims): one reason field, a
 * submit and a cancel button. The write is sent only with a reason, since the reason is what the record's history
 * keeps; a failed write leaves the form open with the server's words and the button enabled again.
 */
import { h, replaceChildren } from '../dom.js';
import { errorMessage } from './feedback.js';
import { clearError, field, showError, type Field } from './formField.js';

export interface ReasonFormOptions {
  /** the form's class, which its styles and tests find it by */
  className: string;
  /** the reason field's label, control and optional hint */
  reasonLabel: string;
  reasonControl: Field['control'];
  reasonHint?: string;
  /** said beside the field when it is left empty */
  missingReason: string;
  submitLabel: string;
  /** the error box's first words when the write fails, e.g. "Not unlinked." */
  failurePrefix: string;
  /** shown above the field, e.g. the question being confirmed */
  intro?: HTMLElement;
  onCancel: () => void;
  /** sends the write with the trimmed reason; throws when it fails */
  send: (reason: string) => Promise<void>;
}

export interface ReasonForm {
  form: HTMLFormElement;
  /** the reason's control, to focus when the form is shown */
  reasonControl: Field['control'];
}

export function reasonForm(options: ReasonFormOptions): ReasonForm {
  const reason = field(options.reasonLabel, options.reasonControl, options.reasonHint);
  const formError = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, options.submitLabel);
  const form = h(
    'form',
    { class: options.className, novalidate: true },
    options.intro ?? null,
    reason.wrapper,
    formError,
    h(
      'div',
      { class: 'form-actions' },
      submit,
      ' ',
      h('button', { type: 'button', class: 'button', onClick: options.onCancel }, 'Cancel'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      clearError(reason);
      formError.hidden = true;
      const why = reason.control.value.trim();
      if (why === '') {
        showError(reason, options.missingReason);
        reason.control.focus();
        return;
      }
      submit.disabled = true;
      try {
        await options.send(why);
      } catch (error) {
        formError.hidden = false;
        replaceChildren(formError, h('p', {}, `${options.failurePrefix} ${errorMessage(error)}`));
        submit.disabled = false;
      }
    })();
  });
  return { form, reasonControl: reason.control };
}
