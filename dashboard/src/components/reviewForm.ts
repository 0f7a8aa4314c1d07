/**
 * The reviewer's panel on a claim: the token (asked once, kept for the session and checked with `viewer` before the
 * panel says who is signed in), "start review", the review form, and the signed-in reviewer's own reviews to edit
 * (reviseReview) or withdraw (withdrawReview). The server validates everything; its BAD_USER_INPUT
 * `extensions.problems` are shown next to the fields they name (`input.ratingValue`, `input.sources[0].url`), and a
 * refused token next to the token. Each action ends in one notice, in the panel's own live region.
 */
import { h, replaceChildren, uniqueId } from '../dom.js';
import { clearError, field, showError, type Field } from './formField.js';
import { graphql, GraphQLRequestError, type InputProblem } from '../api/graphqlClient.js';
import { REVIEW_CLAIM, REVISE_REVIEW, START_CLAIM_REVIEW, VIEWER, WITHDRAW_REVIEW } from '../api/queries.js';
import { forgetReviewerToken, reviewerToken, saveReviewerToken } from '../api/reviewerToken.js';
import { ratingWords, RATING_LABELS } from '../format/labels.js';
import { errorMessage } from './feedback.js';
import { reasonForm } from './reasonForm.js';
import type { ClaimStatus, ViewerQuery } from '../generated/graphql.js';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** A review as the history shows it, with what the edit form is filled with. */
export interface OwnReview {
  id: string;
  ratingValue: number;
  ratingLabel: string;
  reviewer: string;
  explanation: string;
  sources: readonly { url: string; title: string; accessed?: { iso: string } | null }[];
  retraction?: { reason: string } | null;
}

export interface ReviewPanelOptions {
  claimId: string;
  /** for the link to the published ClaimReview (JSON-LD, /claims/<slug>/claimreview) */
  claimSlug: string;
  status: ClaimStatus;
  /** called after a write succeeded with the id of the review written, to show the claim's new state */
  onWritten(reviewId: string | null): void;
  /** called once the token is checked (null: no valid reviewer token), so the history can offer Edit and Withdraw */
  onViewer(viewer: Viewer | null): void;
}

export interface ReviewPanel {
  element: HTMLElement;
  /** opens the form filled with this review, to publish a revision of it */
  edit(review: OwnReview): void;
  /** asks why, then withdraws this review */
  withdraw(review: OwnReview): void;
}

/** The reviews a signed-in reviewer may change from the page: their own current ones. */
export function isOwnReview(review: OwnReview, viewer: Viewer | null): boolean {
  return viewer !== null && !review.retraction && review.reviewer === viewer.displayName;
}

/** "Edit" and "Withdraw" for the viewer's own current review; null for any other. */
export function ownReviewActions(review: OwnReview, viewer: Viewer | null, panel: ReviewPanel): HTMLElement | null {
  if (!isOwnReview(review, viewer)) return null;
  return h(
    'span',
    { class: 'review-actions' },
    h('button', { type: 'button', class: 'button link', onClick: () => panel.edit(review) }, 'Edit'),
    ' ',
    h('button', { type: 'button', class: 'button link', onClick: () => panel.withdraw(review) }, 'Withdraw'),
  );
}

type PanelState =
  | { kind: 'checking' }
  | { kind: 'signedOut'; problem?: string }
  // an editor's token: kept, since the page's other writes (same-claim links) take it, but no review form
  | { kind: 'editor'; viewer: Viewer }
  | { kind: 'signedIn'; viewer: Viewer; mode: FormMode };

type FormMode =
  | { kind: 'new' }
  | { kind: 'revise'; review: OwnReview }
  | { kind: 'withdraw'; review: OwnReview }
  | { kind: 'published'; label: string };

export function reviewPanel(options: ReviewPanelOptions): ReviewPanel {
  const panel = h('section', { class: 'review-panel', 'aria-labelledby': 'review-heading' });
  // the one notice of the panel: in the page's flow (it covers nothing), replaced by each action's outcome
  const notice = h('p', { class: 'review-notice', role: 'status', 'aria-live': 'polite' });
  let state: PanelState = { kind: 'checking' };
  const say = (message: string) => {
    notice.textContent = message;
  };
  const render = () => {
    replaceChildren(panel, h('h2', { id: 'review-heading' }, 'Review this claim'), notice, body());
  };
  const setState = (next: PanelState) => {
    state = next;
    render();
  };
  const forget = () => {
    forgetReviewerToken();
    say('The token is forgotten.');
    options.onViewer(null);
    setState({ kind: 'signedOut' });
  };
  const written: Written = (reviewId, message, mode) => {
    say(message);
    if (state.kind === 'signedIn' && mode) setState({ ...state, mode });
    options.onWritten(reviewId);
  };
  const body = (): HTMLElement => {
    if (state.kind === 'checking') return h('p', { class: 'muted' }, 'Checking your token…');
    if (state.kind === 'signedOut') return tokenForm(state.problem, () => void check());
    const signedIn = h(
      'div',
      { class: 'token-status' },
      h(
        'p',
        {},
        `Signed in as ${state.viewer.displayName} (${state.viewer.role}). The token is kept for this tab only. `,
      ),
      state.kind === 'editor' ? h('p', {}, 'Reviewing needs a token with the reviewer role.') : null,
      h('button', { type: 'button', class: 'button link', onClick: forget }, 'Forget token'),
    );
    if (state.kind === 'editor') return signedIn;
    const { viewer, mode } = state;
    if (mode.kind === 'published') {
      return h(
        'div',
        { class: 'review-published' },
        signedIn,
        h(
          'p',
          {},
          `Your review (${mode.label}) is published. `,
          h(
            'a',
            { href: `/claims/${encodeURIComponent(options.claimSlug)}/claimreview`, class: 'published-review-link' },
            'See the published review (ClaimReview JSON-LD)',
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button',
            onClick: () => setState({ kind: 'signedIn', viewer, mode: { kind: 'new' } }),
          },
          'Write another review',
        ),
      );
    }
    if (mode.kind === 'withdraw') {
      return h(
        'div',
        {},
        signedIn,
        withdrawForm(mode.review, written, () => setState({ kind: 'signedIn', viewer, mode: { kind: 'new' } })),
      );
    }
    return h(
      'div',
      {},
      signedIn,
      reviewForm(options, mode.kind === 'revise' ? mode.review : null, written, () =>
        setState({ kind: 'signedIn', viewer, mode: { kind: 'new' } }),
      ),
    );
  };

  /** Asks the server whom the stored token belongs to before saying anything about who is signed in. */
  const check = async () => {
    const token = reviewerToken();
    if (!token) {
      options.onViewer(null);
      setState({ kind: 'signedOut' });
      return;
    }
    setState({ kind: 'checking' });
    try {
      const { viewer } = await graphql(VIEWER, {}, { token });
      if (viewer === null || viewer === undefined) throw new Error('the server did not recognise the token');
      options.onViewer(viewer);
      if (viewer.role === 'editor') {
        setState({ kind: 'editor', viewer });
        return;
      }
      setState({ kind: 'signedIn', viewer, mode: { kind: 'new' } });
    } catch (error) {
      options.onViewer(null);
      const refused = error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';
      // a refused token is of no use; one that could not be checked (network) is kept for the next try
      if (refused) forgetReviewerToken();
      setState({
        kind: 'signedOut',
        problem: refused
          ? 'The server did not accept this token: it is not a valid token. Check it and enter it again.'
          : `The token could not be checked. ${errorMessage(error)}`,
      });
    }
  };

  const open = (mode: FormMode) => {
    if (state.kind !== 'signedIn') return;
    say('');
    setState({ ...state, mode });
    panel.scrollIntoView({ block: 'start' });
    panel.querySelector<HTMLElement>('select, textarea')?.focus();
  };

  render();
  void check();
  return {
    element: panel,
    edit: (review) => open({ kind: 'revise', review }),
    withdraw: (review) => open({ kind: 'withdraw', review }),
  };
}

/** After a write: its notice, and what the panel shows next (nothing new when `mode` is absent). */
type Written = (reviewId: string | null, message: string, mode?: FormMode) => void;

function tokenForm(problem: string | undefined, onSaved: () => void): HTMLElement {
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
  if (problem) showError(token, problem);
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

function withdrawForm(review: OwnReview, written: Written, cancel: () => void): HTMLElement {
  return reasonForm({
    className: 'withdraw-form',
    intro: h('p', {}, `Withdraw your review ${ratingWords(review.ratingValue, review.ratingLabel)}?`),
    reasonLabel: 'Why withdraw it',
    reasonControl: h('textarea', { name: 'reason', rows: 2, required: true, 'aria-required': 'true' }),
    reasonHint: 'Kept with the withdrawn review in its history.',
    missingReason: 'Say why the review is withdrawn.',
    submitLabel: 'Withdraw review',
    failurePrefix: 'The review was not withdrawn.',
    onCancel: cancel,
    send: async (why) => {
      const data = await graphql(
        WITHDRAW_REVIEW,
        { input: { review: review.id, reason: why } },
        { token: reviewerToken() },
      );
      written(data.withdrawReview.review.id, 'Your review is withdrawn.', { kind: 'new' });
    },
  }).form;
}

function reviewForm(
  options: ReviewPanelOptions,
  revising: OwnReview | null,
  written: Written,
  cancel: () => void,
): HTMLElement {
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
  if (revising) {
    rating.control.value = String(revising.ratingValue);
    // the scale's own label comes back by itself; only a label of the reviewer's own stays in the field
    if (revising.ratingLabel !== RATING_LABELS[revising.ratingValue]) label.control.value = revising.ratingLabel;
    explanation.control.value = revising.explanation;
    revising.sources.forEach((source, index) => {
      if (index > 0) addSource();
      const entry = sourceFields[index];
      entry.url.control.value = source.url;
      entry.title.control.value = source.title;
      entry.accessed.control.value = source.accessed?.iso ?? '';
    });
  }
  const formError = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const tokenError = h('p', { class: 'field-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Publish review');
  const submitText = revising ? 'Publish revised review' : 'Publish review';
  submit.textContent = submitText;
  const startButton =
    !revising && options.status === 'UNREVIEWED'
      ? h('button', { type: 'button', class: 'button' }, 'Mark as under review')
      : null;

  const form = h(
    'form',
    { class: 'review-form', novalidate: true, 'aria-describedby': 'review-heading' },
    revising
      ? h(
          'p',
          { class: 'revising' },
          `Editing your review ${ratingWords(revising.ratingValue, revising.ratingLabel)}: publishing replaces it.`,
        )
      : null,
    tokenError,
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
    h(
      'div',
      { class: 'form-actions' },
      submit,
      revising ? [' ', h('button', { type: 'button', class: 'button', onClick: cancel }, 'Cancel')] : null,
    ),
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
      button.remove();
      written(null, 'The claim is now under review.');
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
    const content = {
      ratingValue,
      ...(label.control.value.trim() ? { ratingLabel: label.control.value.trim() } : {}),
      explanation: explanation.control.value.trim(),
      sources,
    };
    submit.disabled = true;
    submit.textContent = 'Publishing…';
    try {
      const token = reviewerToken();
      const { review, claim } = revising
        ? (await graphql(REVISE_REVIEW, { input: { review: revising.id, ...content } }, { token })).reviseReview
        : (await graphql(REVIEW_CLAIM, { input: { claim: options.claimId, ...content } }, { token })).reviewClaim;
      const words = ratingWords(review.ratingValue, review.ratingLabel);
      written(
        review.id,
        `${revising ? 'Revised review' : 'Review'} published: ${words}. The claim is now ${claim.status.toLowerCase().replace('_', ' ')}.`,
        { kind: 'published', label: words },
      );
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.problems.length > 0) showProblems(error.problems);
      else showFailure(error);
      submit.disabled = false;
      submit.textContent = submitText;
    }
  };
  form.addEventListener('submit', (event) => void publish(event));
  return form;
}
