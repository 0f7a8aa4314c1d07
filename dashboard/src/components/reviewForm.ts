/**
 * The reviewer's panel on a claim: the token (asked once, kept for the session), "start review", and the review
 * form. The server validates everything; its BAD_USER_INPUT `extensions.problems` are shown next to the fields
 * they name (`input.ratingValue`, `input.sources[0].url`), and a refused token next to the token.
 */
import { h, replaceChildren, uniqueId } from '../dom.js';
import { clearError, field, showError, type Field } from './formField.js';
import { graphql, GraphQLRequestError, type InputProblem } from '../api/graphqlClient.js';
import { REVIEW_CLAIM, START_CLAIM_REVIEW } from '../api/queries.js';
import { forgetReviewerToken, reviewerToken, saveReviewerToken } from '../api/reviewerToken.js';
import { RATING_LABELS } from '../format/labels.js';
import { errorMessage } from './feedback.js';
import type { ClaimStatus } from '../generated/graphql.js';

export interface ReviewPanelOptions {
  claimId: string;
  status: ClaimStatus;
  /** called after a write succeeded, to show the claim's new state */
  onWritten(message: string): void;
}

/** A form field: label, control, and a slot for the server's message about it. */
export function reviewPanel(options: ReviewPanelOptions): HTMLElement {
  const panel = h('section', { class: 'review-panel', 'aria-labelledby': 'review-heading' });
  const render = () =>
    replaceChildren(
      panel,
      h('h2', { id: 'review-heading' }, 'Review this claim'),
      reviewerToken() ? reviewForm(options, render) : tokenForm(render),
    );
  render();
  return panel;
}

function tokenForm(onSaved: () => void): HTMLElement {
  const token = field(
    'Reviewer token',
    h('input', {
      type: 'password',
      name: 'token',
      autocomplete: 'off',
      spellcheck: 'false',
      required: true,
      'aria-required': 'true',
    }),
    'Your bearer token with the reviewer role. It is kept in this browser tab only, until you close it.',
  );
  const form = h(
    'form',
    { class: 'token-form', novalidate: true },
    token.wrapper,
    h('button', { type: 'submit', class: 'button primary' }, 'Use this token'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearError(token);
    const value = token.control.value.trim();
    if (!value) {
      showError(token, 'Enter your reviewer token.');
      token.control.focus();
      return;
    }
    saveReviewerToken(value);
    onSaved();
  });
  return form;
}

function reviewForm(options: ReviewPanelOptions, onTokenChange: () => void): HTMLElement {
  const rating = field(
    'Rating',
    h(
      'select',
      { name: 'ratingValue', required: true, 'aria-required': 'true' },
      h('option', { value: '' }, 'Choose a rating…'),
      [1, 2, 3, 4, 5].map((value) => h('option', { value: String(value) }, `${value} · ${RATING_LABELS[value]}`)),
    ),
  );
  const label = field(
    'Rating label (optional)',
    h('input', { type: 'text', name: 'ratingLabel', autocomplete: 'off' }),
    'Leave empty for the standard label of the rating.',
  );
  const explanation = field(
    'Explanation',
    h('textarea', { name: 'explanation', rows: 4, required: true, 'aria-required': 'true' }),
    'Why the claim deserves this rating.',
  );
  const sourceFields: { url: Field; title: Field; accessed: Field; group: HTMLElement }[] = [];
  const sourcesList = h('div', { class: 'sources' });
  const sourcesError = h('p', { class: 'field-error', id: uniqueId('sources-error'), hidden: true });
  const addSource = () => {
    const index = sourceFields.length;
    const url = field(
      'URL',
      h('input', { type: 'url', name: `sources.${index}.url`, inputmode: 'url', autocomplete: 'off' }),
    );
    const title = field('Title', h('input', { type: 'text', name: `sources.${index}.title`, autocomplete: 'off' }));
    const accessed = field(
      'Consulted on (optional)',
      h('input', { type: 'text', name: `sources.${index}.accessed`, placeholder: '2026-11-03', autocomplete: 'off' }),
      'A date, or just a year or a month: 2026, 2026-11.',
    );
    const group = h(
      'fieldset',
      { class: 'source' },
      h('legend', {}, `Source ${index + 1}`),
      url.wrapper,
      title.wrapper,
      accessed.wrapper,
    );
    sourceFields.push({ url, title, accessed, group });
    sourcesList.append(group);
    return url;
  };
  addSource();
  const formError = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const tokenError = h('p', { class: 'field-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Publish review');
  const startButton =
    options.status === 'UNREVIEWED' ? h('button', { type: 'button', class: 'button' }, 'Mark as under review') : null;

  const form = h(
    'form',
    { class: 'review-form', novalidate: true, 'aria-describedby': 'review-heading' },
    h(
      'div',
      { class: 'token-status' },
      h('p', {}, 'Signed in with a reviewer token (kept for this tab only). '),
      h(
        'button',
        {
          type: 'button',
          class: 'button link',
          onClick: () => {
            forgetReviewerToken();
            onTokenChange();
          },
        },
        'Forget token',
      ),
      tokenError,
    ),
    startButton,
    rating.wrapper,
    label.wrapper,
    explanation.wrapper,
    h(
      'fieldset',
      { class: 'sources-group', 'aria-describedby': sourcesError.id },
      h('legend', {}, 'Sources'),
      sourcesList,
      sourcesError,
      h(
        'button',
        { type: 'button', class: 'button', onClick: () => addSource().control.focus() },
        'Add another source',
      ),
    ),
    formError,
    h('div', { class: 'form-actions' }, submit),
  );

  const allFields = () => [
    rating,
    label,
    explanation,
    ...sourceFields.flatMap((source) => [source.url, source.title, source.accessed]),
  ];
  const clearAll = () => {
    allFields().forEach(clearError);
    sourcesError.hidden = true;
    sourcesError.textContent = '';
    formError.hidden = true;
    formError.replaceChildren();
    tokenError.hidden = true;
    tokenError.textContent = '';
  };

  /** The field a problem names, or null when no field of the form shows it. */
  const fieldFor = (problem: InputProblem): Field | HTMLElement | null => {
    const path = problem.field.replace(/^input\./, '');
    if (path === 'ratingValue') return rating;
    if (path === 'ratingLabel') return label;
    if (path === 'explanation') return explanation;
    if (path === 'sources') return sourcesError;
    const source = /^sources\[(\d+)\](?:\.(url|title|accessed))?/.exec(path);
    if (source) {
      const entry = sourceFields[Number(source[1])];
      if (!entry) return sourcesError;
      return source[2] ? entry[source[2] as 'url' | 'title' | 'accessed'] : sourcesError;
    }
    return null;
  };

  const showProblems = (problems: InputProblem[]) => {
    const unplaced: InputProblem[] = [];
    let first: HTMLElement | null = null;
    for (const problem of problems) {
      const target = fieldFor(problem);
      if (target === null) {
        unplaced.push(problem);
      } else if (target instanceof HTMLElement) {
        target.hidden = false;
        target.textContent = `${target.textContent ?? ''} ${problem.message}`.trim();
        first ??= sourceFields[0]?.url.control ?? null;
      } else {
        showError(target, problem.message);
        first ??= target.control;
      }
    }
    const count = problems.length;
    formError.hidden = false;
    replaceChildren(
      formError,
      h('p', {}, `The review was not saved: ${count} problem${count === 1 ? '' : 's'} to fix.`),
      unplaced.length > 0
        ? h(
            'ul',
            {},
            unplaced.map((problem) => h('li', {}, `${problem.field}: ${problem.message}`)),
          )
        : null,
    );
    first?.focus();
  };

  const showFailure = (error: unknown) => {
    if (error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
      tokenError.hidden = false;
      tokenError.textContent =
        error.code === 'UNAUTHENTICATED'
          ? 'The server refused this token. Forget it and enter a valid reviewer token.'
          : 'This token does not have the reviewer role.';
    }
    formError.hidden = false;
    replaceChildren(formError, h('p', {}, `The review was not saved. ${errorMessage(error)}`));
  };

  const start = async (button: HTMLButtonElement) => {
    clearAll();
    button.disabled = true;
    try {
      await graphql(START_CLAIM_REVIEW, { claim: options.claimId }, { token: reviewerToken() });
      options.onWritten('The claim is now under review.');
      button.remove();
    } catch (error) {
      showFailure(error);
      button.disabled = false;
    }
  };
  // both handlers catch their request's errors and show them in the form (showFailure, showProblems)
  startButton?.addEventListener('click', () => void start(startButton));

  const publish = async (event: SubmitEvent) => {
    event.preventDefault();
    clearAll();
    const ratingValue = rating.control.value === '' ? null : Number(rating.control.value);
    if (ratingValue === null) {
      // the API needs an integer; say so here rather than sending a request that cannot be read
      showError(rating, 'Choose a rating from 1 (false) to 5 (true).');
      rating.control.focus();
      return;
    }
    const sources = sourceFields
      .map((source) => ({
        url: source.url.control.value.trim(),
        title: source.title.control.value.trim(),
        accessed: source.accessed.control.value.trim(),
      }))
      // an untouched extra source row is not a source; the first row always goes, so the server says what is missing
      .filter((source, index) => index === 0 || source.url || source.title || source.accessed)
      .map((source) => ({
        url: source.url,
        title: source.title,
        ...(source.accessed ? { accessed: source.accessed } : {}),
      }));
    const input = {
      claim: options.claimId,
      ratingValue,
      ...(label.control.value.trim() ? { ratingLabel: label.control.value.trim() } : {}),
      explanation: explanation.control.value.trim(),
      sources,
    };
    submit.disabled = true;
    submit.textContent = 'Publishing…';
    try {
      const data = await graphql(REVIEW_CLAIM, { input }, { token: reviewerToken() });
      form.reset();
      sourceFields.splice(1).forEach((source) => source.group.remove());
      // reviewed now: "under review" no longer applies
      startButton?.remove();
      options.onWritten(
        `Review published: ${data.reviewClaim.review.ratingLabel}. The claim is now ${data.reviewClaim.claim.status.toLowerCase().replace('_', ' ')}.`,
      );
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.problems.length > 0) showProblems(error.problems);
      else showFailure(error);
    } finally {
      submit.disabled = false;
      submit.textContent = 'Publish review';
    }
  };
  form.addEventListener('submit', (event) => void publish(event));
  return form;
}
