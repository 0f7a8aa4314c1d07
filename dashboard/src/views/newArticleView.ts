/**
 * "New article": an editor pastes an article (or reads a .txt/.html file), asks the server for a draft of who said
 * what in it (draftDocument, which stores nothing), checks every drafted attribution against the highlighted text
 * (accept or reject it, correct its speaker with a search-as-you-type box or name a new one, switch direct and
 * reported speech, drop a wrong mention), and imports the accepted ones (importArticle) in one transaction. The
 * dataset to import is rebuilt in the browser from the draft's own (src/draft/buildImportDataset.ts); the server
 * checks it again, and each problem it reports is shown next to the attribution it is about.
 */
import { h, replaceChildren, uniqueId } from '../dom.js';
import { clearError, field, showError, type Field } from '../components/formField.js';
import { graphql, GraphQLRequestError, hasSelection, type InputProblem } from '../api/graphqlClient.js';
import { allEntities, forgetEntities } from '../api/entities.js';
import { DRAFT_DOCUMENT, IMPORT_ARTICLE, IMPORTED_DOCUMENT, IMPORTED_STATEMENT } from '../api/queries.js';
import { forgetReviewerToken, reviewerToken, saveReviewerToken } from '../api/reviewerToken.js';
import type { DraftDocumentInput, ImportArticleMutation } from '../generated/graphql.js';
import { errorMessage } from '../components/feedback.js';
import { speakerPicker } from '../components/speakerPicker.js';
import { checkedBeforePanel, type CheckedBeforePanel } from '../components/checkedBefore.js';
import { buildImportDataset, readDraftDataset, type ImportPlan } from '../draft/buildImportDataset.js';
import {
  initialDecision,
  type ArticleDraft,
  type AttributionDecision,
  type DraftedAttribution,
  type EntityKind,
} from '../draft/draftTypes.js';
import { placeImportProblems } from '../draft/importProblems.js';
import { textSegments, type MarkedSpan, type SpanRole } from '../draft/textSegments.js';
import { ENTITY_TYPE_LABELS } from '../format/labels.js';
import { href } from '../router.js';
import type { View } from './view.js';

/** The server's limit on an article (src/intake/errors.ts MAX_INPUT_BYTES), checked here before sending it. */
const MAX_ARTICLE_BYTES = 1_000_000;
const HTML_FILE = /\.html?$/i;

/** How importArticle's counts read: kinds of record written (`merged`: entities the graph already had). */
const COUNT_WORDS: Record<string, [string, string]> = {
  entity: ['new entity', 'new entities'],
  merged: ['entity merged into the graph’s', 'entities merged into the graph’s'],
  evidence: ['evidence span', 'evidence spans'],
};

const ROLE_LABELS: Record<SpanRole, string> = { content: 'words', cue: 'cue', source: 'speaker as named' };

/** A form field: label, control, optional hint, and a slot for what is wrong with it. */
/** A message as a sentence: with a full stop at its end. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const newArticleView: View = ({ main, setTitle, announce }) => {
  setTitle('New article');
  let disposed = false;

  // --- the article form ---------------------------------------------------------------------------------------
  const token = field(
    'Your token',
    h('input', { type: 'password', name: 'token', autocomplete: 'off', spellcheck: 'false' }),
    'A bearer token with the editor role drafts and imports. It is kept in this browser tab only, until you close it.',
  );
  const tokenSlot = h('div', { class: 'token-slot' });
  const renderToken = () => {
    clearError(token);
    if (reviewerToken()) {
      replaceChildren(
        tokenSlot,
        h(
          'div',
          { class: 'token-status' },
          h('p', {}, 'Using the token kept for this tab. '),
          h(
            'button',
            {
              type: 'button',
              class: 'button link',
              onClick: () => {
                forgetReviewerToken();
                renderToken();
                token.control.focus();
              },
            },
            'Forget token',
          ),
          token.error,
        ),
      );
    } else {
      token.control.value = '';
      replaceChildren(tokenSlot, token.wrapper);
    }
  };
  renderToken();

  const articleText = field(
    'Article text',
    h('textarea', { name: 'text', rows: 12, spellcheck: 'false' }),
    'Paste the article as plain text, or the HTML of a saved web page (the server keeps the article and drops the rest).',
  );
  const fileInput = h('input', { type: 'file', name: 'file', accept: '.txt,.htm,.html,text/plain,text/html' });
  const file = field(
    'Or read it from a file',
    fileInput,
    'A .txt file, or a saved .html page. It is read in this browser and shown above.',
  );
  const formatName = uniqueId('format');
  const plainRadio = h('input', { type: 'radio', name: formatName, value: 'text', id: `${formatName}-text` });
  const htmlRadio = h('input', { type: 'radio', name: formatName, value: 'html', id: `${formatName}-html` });
  plainRadio.checked = true;
  const format = h(
    'fieldset',
    { class: 'format-choice' },
    h('legend', {}, 'The text is'),
    h('div', { class: 'choice' }, plainRadio, h('label', { for: plainRadio.id }, 'Plain text')),
    h('div', { class: 'choice' }, htmlRadio, h('label', { for: htmlRadio.id }, 'HTML (a saved web page)')),
  );
  const title = field(
    'Title (optional)',
    h('input', { type: 'text', name: 'title', autocomplete: 'off' }),
    'By default the page’s title, else the text’s first line.',
  );
  const url = field(
    'Address (optional)',
    h('input', { type: 'url', name: 'url', inputmode: 'url', autocomplete: 'off', placeholder: 'https://' }),
    'Where the article is published: an http or https address.',
  );
  const outletsId = uniqueId('outlets');
  const outlet = field(
    'Outlet (optional)',
    h('input', { type: 'text', name: 'outlet', autocomplete: 'off', list: outletsId }),
    'Who published it, matched by name or alias against the graph’s outlets.',
  );
  const outletList = h('datalist', { id: outletsId });
  const published = field(
    'Publication date (optional)',
    h('input', { type: 'text', name: 'published', autocomplete: 'off', placeholder: '2024-03-05' }),
    'A date, or just a year or a month: 2024, 2024-03, 2024-03-05.',
  );
  const formError = h('div', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
  const draftButton = h('button', { type: 'submit', class: 'button primary' }, 'Draft attributions');
  const draftStatus = h('p', { class: 'draft-status', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'article-form', novalidate: true, 'aria-labelledby': 'article-heading' },
    h('h2', { id: 'article-heading' }, 'The article'),
    tokenSlot,
    articleText.wrapper,
    file.wrapper,
    format,
    h('div', { class: 'article-facts' }, title.wrapper, url.wrapper, outlet.wrapper, published.wrapper),
    outletList,
    formError,
    h('div', { class: 'form-actions' }, draftButton),
    draftStatus,
  );
  const reviewSlot = h('div', { class: 'review-slot' });
  const resultSlot = h('div', { class: 'result-slot' });
  main.append(
    h(
      'p',
      { class: 'lede' },
      'Paste an article or read it from a file, and claimgraph drafts who said what in it. Check each attribution, ' +
        'correct it where the draft is wrong, and import the ones you accept: they are in the claims, people, ' +
        'timeline and search at once. Nothing is stored until you import.',
    ),
    form,
    reviewSlot,
    resultSlot,
  );

  allEntities().then(
    (entities) => {
      if (disposed) return;
      replaceChildren(
        outletList,
        entities
          .filter((entity) => entity.entityType === 'OUTLET')
          .map((entity) => h('option', { value: entity.name })),
      );
    },
    // the list only helps typing; the field works without it
    () => undefined,
  );

  /** the file's text as read, sent as is (the text box may not hold every character of it) until the box is edited */
  let fromFile: { name: string; text: string } | null = null;
  articleText.control.addEventListener('input', () => {
    fromFile = null;
  });
  fileInput.addEventListener('change', () => void readFile());

  const readFile = async () => {
    clearError(file);
    const chosen = fileInput.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_ARTICLE_BYTES) {
      showError(
        file,
        `“${chosen.name}” is ${chosen.size.toLocaleString('en')} bytes; an article may have at most ${MAX_ARTICLE_BYTES.toLocaleString('en')}.`,
      );
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await chosen.arrayBuffer());
    } catch {
      showError(
        file,
        `“${chosen.name}” is not UTF-8 text: it looks like a binary file (a PDF, an image, a word processor’s file). Save the article as .txt or .html.`,
      );
      return;
    }
    if (disposed) return;
    const isHtml =
      HTML_FILE.test(chosen.name) || chosen.type === 'text/html' || /^\s*<(!doctype html|html)/i.test(text);
    articleText.control.value = text;
    fromFile = { name: chosen.name, text };
    (isHtml ? htmlRadio : plainRadio).checked = true;
    draftStatus.textContent = `Read “${chosen.name}” (${chosen.size.toLocaleString('en')} bytes) as ${isHtml ? 'HTML' : 'plain text'}.`;
  };

  const articleFields: Record<string, Field> = {
    'input.text': articleText,
    'input.html': articleText,
    'input.title': title,
    'input.url': url,
    'input.outletName': outlet,
    'input.published': published,
  };
  const clearForm = () => {
    [token, articleText, file, title, url, outlet, published].forEach(clearError);
    formError.hidden = true;
    formError.replaceChildren();
  };
  const showFormError = (message: string) => {
    formError.hidden = false;
    replaceChildren(formError, h('p', {}, message));
  };
  /** A refused token, next to the token (and forgotten: it will not work for the import either). */
  const showTokenRefusal = (error: GraphQLRequestError, doing: string) => {
    const message =
      error.code === 'UNAUTHENTICATED'
        ? `The server refused this token (${error.message}). Enter a valid token.`
        : `This token may not ${doing}: ${error.message}`;
    if (error.code === 'UNAUTHENTICATED') forgetReviewerToken();
    renderToken();
    showError(token, message);
    if (!reviewerToken()) token.control.focus();
  };

  const requestDraft = async (event: SubmitEvent) => {
    event.preventDefault();
    clearForm();
    const typedToken = token.control.value.trim();
    if (!reviewerToken() && typedToken) saveReviewerToken(typedToken);
    const bearer = reviewerToken();
    if (!bearer) {
      renderToken();
      showError(token, 'Enter your token: drafting needs the editor role.');
      token.control.focus();
      return;
    }
    renderToken();
    const text = fromFile?.text ?? articleText.control.value;
    if (text.trim() === '') {
      showError(articleText, 'The article is empty: paste its text, or choose a file.');
      articleText.control.focus();
      return;
    }
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_ARTICLE_BYTES) {
      showError(
        articleText,
        `The article is ${bytes.toLocaleString('en')} bytes; the server drafts at most ${MAX_ARTICLE_BYTES.toLocaleString('en')}.`,
      );
      articleText.control.focus();
      return;
    }
    const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
    const input: DraftDocumentInput = {
      ...(htmlRadio.checked ? { html: text } : { text }),
      title: optional(title.control.value),
      url: optional(url.control.value),
      outletName: optional(outlet.control.value),
      published: optional(published.control.value),
    };
    draftButton.disabled = true;
    draftButton.textContent = 'Drafting…';
    draftStatus.textContent = 'Drafting who said what in the article…';
    replaceChildren(reviewSlot);
    replaceChildren(resultSlot);
    try {
      const data = await graphql(DRAFT_DOCUMENT, { input }, { token: bearer });
      if (disposed) return;
      const draft: ArticleDraft = data.draftDocument;
      // a dataset this page cannot rebuild is refused now, not after the editor's work
      readDraftDataset(draft.dataset);
      draftStatus.textContent = `Drafted: ${plural(draft.attributions.length, 'attribution')}.`;
      showReview(draft);
    } catch (error) {
      if (disposed) return;
      draftStatus.textContent = '';
      showDraftFailure(error);
    } finally {
      draftButton.disabled = false;
      draftButton.textContent = 'Draft attributions';
    }
  };
  form.addEventListener('submit', (event) => void requestDraft(event));

  const showDraftFailure = (error: unknown) => {
    if (error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
      showTokenRefusal(error, 'draft');
      showFormError('Nothing was drafted.');
      return;
    }
    if (error instanceof GraphQLRequestError && error.status === 413) {
      showError(articleText, 'The article is too large for the server to take in one request.');
      articleText.control.focus();
      return;
    }
    if (error instanceof GraphQLRequestError && error.problems.length > 0) {
      const unplaced = showProblems(error.problems);
      showFormError(`Nothing was drafted: ${plural(error.problems.length, 'problem')} to fix.`);
      if (unplaced.length > 0)
        formError.append(
          h(
            'ul',
            {},
            unplaced.map((problem) => h('li', {}, problem.message)),
          ),
        );
      return;
    }
    showFormError(`Nothing was drafted. ${errorMessage(error)}`);
    formError.focus();
  };

  /** The draft's input problems next to their fields; returns those no field shows. */
  const showProblems = (problems: InputProblem[]): InputProblem[] => {
    const unplaced: InputProblem[] = [];
    let first: Field | null = null;
    for (const problem of problems) {
      const target = articleFields[problem.field];
      if (target === undefined) unplaced.push(problem);
      else {
        showError(
          target,
          target === articleText ? `The article cannot be drafted: ${sentence(problem.message)}` : problem.message,
        );
        first ??= target;
      }
    }
    first?.control.focus();
    return unplaced;
  };

  // --- the draft: text, attributions, decisions -----------------------------------------------------------------
  const showReview = (draft: ArticleDraft) => {
    const decisions = draft.attributions.map(initialDecision);
    const review = draftReview(draft, decisions, {
      onImported: (plan, result) => void showImported(draft, plan, result),
      announce,
      isDisposed: () => disposed,
    });
    replaceChildren(reviewSlot, review);
    const heading = review.querySelector<HTMLElement>('h2');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };

  // --- after the import --------------------------------------------------------------------------------------------
  const showImported = async (
    draft: ArticleDraft,
    plan: ImportPlan,
    result: ImportArticleMutation['importArticle'],
  ) => {
    forgetEntities();
    const counts = result.counts
      .filter((count) => count.count > 0)
      .map((count) => plural(count.count, ...(COUNT_WORDS[count.kind] ?? [count.kind])));
    const heading = h('h2', { id: 'import-result-heading', tabindex: '-1' }, 'Imported');
    const links = h(
      'div',
      { class: 'imported-links', 'aria-live': 'polite' },
      h('p', { class: 'muted' }, 'Finding the imported statements…'),
    );
    replaceChildren(
      resultSlot,
      h(
        'section',
        { class: 'import-result', 'aria-labelledby': 'import-result-heading' },
        heading,
        h('p', {}, `Written in one transaction: ${counts.join(', ')}.`),
        plan.newEntities.length > 0
          ? h(
              'p',
              {},
              'New in the graph: ',
              plan.newEntities
                .map((entity) => `${entity.name} (${ENTITY_TYPE_LABELS[entity.type].toLowerCase()})`)
                .join(', '),
              '.',
            )
          : null,
        links,
        h(
          'button',
          {
            type: 'button',
            class: 'button',
            onClick: () => {
              replaceChildren(reviewSlot);
              replaceChildren(resultSlot);
              form.reset();
              plainRadio.checked = true;
              fromFile = null;
              draftStatus.textContent = '';
              renderToken();
              articleText.control.focus();
            },
          },
          'Draft another article',
        ),
      ),
    );
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    announce(`Imported ${plural(plan.statementSlugs.size, 'statement')} from “${draft.title}”.`);
    try {
      replaceChildren(links, await importedLinks(plan, result));
    } catch (error) {
      if (!disposed)
        replaceChildren(
          links,
          h(
            'p',
            {},
            `The import succeeded, but its statements could not be listed here: ${errorMessage(error)} Search for their words instead.`,
          ),
        );
    }
  };

  return () => {
    disposed = true;
  };
};

interface ReviewOptions {
  onImported: (plan: ImportPlan, result: ImportArticleMutation['importArticle']) => void;
  announce: (message: string) => void;
  isDisposed: () => boolean;
}

/** The drafted attributions over the article, the list to decide on them, and the import. */
function draftReview(draft: ArticleDraft, decisions: AttributionDecision[], options: ReviewOptions): HTMLElement {
  const count = draft.attributions.length;
  const section = h('section', { class: 'draft-review', 'aria-labelledby': 'draft-heading' });
  const heading = h('h2', { id: 'draft-heading', tabindex: '-1' }, `Drafted attributions (${count}): “${draft.title}”`);
  if (count === 0) {
    replaceChildren(
      section,
      heading,
      h('p', { class: 'empty' }, 'The draft found nobody saying anything in this article: there is nothing to import.'),
      notesList(draft.notes),
    );
    return section;
  }
  const marks = new Map<number, HTMLElement[]>();
  const tags = new Map<number, HTMLElement>();
  const textPanel = draftedText(draft, marks, tags);
  const items = draft.attributions.map((attribution, index) =>
    attributionItem(draft, attribution, index, decisions, {
      onChange: () => refresh(index),
      showInText: () => {
        const first = marks.get(index)?.[0];
        first?.scrollIntoView({ block: 'center' });
        first?.focus({ preventScroll: true });
      },
    }),
  );
  const summary = h('p', { class: 'import-summary', 'aria-live': 'polite' });
  const importError = h('div', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
  const importButton = h('button', { type: 'button', class: 'button primary' }, 'Import the accepted attributions');

  const refresh = (index: number) => {
    const verdict = decisions[index].verdict;
    for (const mark of marks.get(index) ?? []) mark.dataset.verdict = verdict;
    const tag = tags.get(index);
    if (tag) tag.textContent = `${index + 1}${verdict === 'accepted' ? '✓' : verdict === 'rejected' ? '✗' : ''}`;
    items[index].update();
    const accepted = decisions.filter((decision) => decision.verdict === 'accepted').length;
    const rejected = decisions.filter((decision) => decision.verdict === 'rejected').length;
    const undecided = count - accepted - rejected;
    summary.textContent =
      `${accepted} accepted, ${rejected} rejected, ${undecided} undecided. ` +
      (undecided > 0 ? 'Only accepted attributions are imported.' : '');
  };
  decisions.forEach((_, index) => refresh(index));

  // a click on the words in the article goes to their item
  textPanel.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-attribution]');
    if (target) items[Number(target.dataset.attribution)]?.focus();
  });

  const runImport = async () => {
    items.forEach((item) => item.showProblems([]));
    importError.hidden = true;
    importError.replaceChildren();
    const plan = buildImportDataset(draft, decisions);
    if (plan.problems.length > 0) {
      const general = plan.problems.filter((problem) => problem.attribution === null).map((problem) => problem.message);
      for (const index of new Set(plan.problems.map((problem) => problem.attribution))) {
        if (index !== null)
          items[index].showProblems(
            plan.problems.filter((problem) => problem.attribution === index).map((problem) => problem.message),
          );
      }
      const first = plan.problems.find((problem) => problem.attribution !== null)?.attribution;
      showImportError(
        `Nothing was imported: ${plural(plan.problems.length, 'problem')} to fix.`,
        general,
        first ?? null,
      );
      return;
    }
    const bearer = reviewerToken();
    if (!bearer) {
      showImportError(
        'Nothing was imported: enter your token in the form above (drafting and importing need the editor role).',
        [],
        null,
      );
      return;
    }
    importButton.disabled = true;
    importButton.textContent = 'Importing…';
    try {
      const data = await graphql(IMPORT_ARTICLE, { dataset: plan.dataset, texts: plan.texts }, { token: bearer });
      if (options.isDisposed()) return;
      // imported: these decisions are history now, and importing them twice would be refused
      section
        .querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button:not(.show-in-text)')
        .forEach((control) => {
          control.disabled = true;
        });
      importButton.textContent = 'Imported';
      options.onImported(plan, data.importArticle);
    } catch (error) {
      if (options.isDisposed()) return;
      importButton.disabled = false;
      importButton.textContent = 'Import the accepted attributions';
      showImportFailure(error, plan);
    }
  };
  importButton.addEventListener('click', () => void runImport());

  const showImportError = (message: string, details: string[], firstItem: number | null) => {
    importError.hidden = false;
    replaceChildren(
      importError,
      h('p', {}, message),
      details.length > 0
        ? h(
            'ul',
            {},
            details.map((detail) => h('li', {}, detail)),
          )
        : null,
    );
    if (firstItem !== null) items[firstItem].focus();
    else importError.focus();
  };

  const showImportFailure = (error: unknown, plan: ImportPlan) => {
    if (error instanceof GraphQLRequestError && error.code === 'FORBIDDEN') {
      showImportError(
        `Nothing was imported: importing needs a token with the editor role (the server says: ${error.message}).`,
        [],
        null,
      );
    } else if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
      showImportError(`Nothing was imported: the server refused the token. ${error.message}`, [], null);
    } else if (error instanceof GraphQLRequestError && error.status === 413) {
      showImportError(
        'Nothing was imported: the dataset is too large for the server to take in one request.',
        [],
        null,
      );
    } else if (error instanceof GraphQLRequestError && error.problems.length > 0) {
      const placed = placeImportProblems(error.problems, plan);
      for (const [index, messages] of placed.byAttribution) items[index].showProblems(messages);
      const first = [...placed.byAttribution.keys()].sort((a, b) => a - b)[0];
      showImportError(
        `Nothing was imported: the server found ${plural(error.problems.length, 'problem')}` +
          (placed.byAttribution.size > 0 ? ', shown with the attributions they are about.' : '.'),
        placed.general,
        first ?? null,
      );
    } else {
      showImportError(`Nothing was imported. ${errorMessage(error)}`, [], null);
    }
    options.announce('The import was refused: nothing was imported.');
  };

  replaceChildren(
    section,
    heading,
    h(
      'p',
      { class: 'lede' },
      'Each attribution is marked in the article and listed next to it. Accept the ones that are right (correcting the speaker or the kind of quote if need be) and reject the others; only accepted attributions are imported.',
    ),
    markLegend(),
    notesList(draft.notes),
    h(
      'div',
      { class: 'draft-layout' },
      textPanel,
      h(
        'ol',
        { class: 'draft-list', 'aria-label': 'Drafted attributions' },
        items.map((item) => item.element),
      ),
    ),
    h('div', { class: 'import-bar' }, summary, importError, h('div', { class: 'form-actions' }, importButton)),
  );
  return section;
}

function markLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'mark-legend', 'aria-label': 'How the article is marked' },
    h(
      'li',
      {},
      h('mark', { class: 'draft-span role-content' }, 'what was said'),
      ' highlighted, solid underline, numbered',
    ),
    h(
      'li',
      {},
      h('span', { class: 'draft-span role-cue' }, 'the cue'),
      ' (said, according to) in italics, dotted underline',
    ),
    h(
      'li',
      {},
      h('span', { class: 'draft-span role-source' }, 'the speaker'),
      ' as the text names them in bold, double underline',
    ),
    h(
      'li',
      {},
      h('span', { class: 'span-tag' }, '1✓'),
      ' accepted, ',
      h('span', { class: 'span-tag' }, '1✗'),
      ' rejected',
    ),
  );
}

function notesList(notes: readonly string[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    'details',
    { class: 'draft-notes' },
    h('summary', {}, `Notes from the draft (${notes.length})`),
    h(
      'ul',
      {},
      notes.map((note) => h('li', {}, note)),
    ),
  );
}

/** The article with every attribution's content, cue and source marked; fills `marks` and `tags` by attribution. */
function draftedText(
  draft: ArticleDraft,
  marks: Map<number, HTMLElement[]>,
  tags: Map<number, HTMLElement>,
): HTMLElement {
  const spans: MarkedSpan[] = draft.attributions.flatMap((attribution, index) =>
    (['content', 'cue', 'source'] as const).flatMap((role) => {
      const span = attribution[role];
      return span ? [{ attribution: index, role, start: span.start, end: span.end }] : [];
    }),
  );
  const panel = h('div', {
    class: 'draft-text document-text',
    lang: 'en',
    role: 'region',
    tabindex: '0',
    'aria-label': 'The article, with the drafted attributions marked',
  });
  for (const segment of textSegments(draft.text, spans)) {
    for (const attribution of segment.contentStarts) {
      const tag = h(
        'span',
        { class: 'span-tag', dataset: { attribution: String(attribution) } },
        String(attribution + 1),
      );
      tags.set(attribution, tag);
      panel.append(h('span', { class: 'visually-hidden' }, ` attribution `), tag);
    }
    if (segment.marks.length === 0) {
      panel.append(segment.text);
      continue;
    }
    const content = segment.marks.find((mark) => mark.role === 'content');
    const roles = [...new Set(segment.marks.map((mark) => mark.role))];
    const owner = content ?? segment.marks[0];
    const element = h(
      content ? 'mark' : 'span',
      {
        class: ['draft-span', ...roles.map((role) => `role-${role}`)].join(' '),
        dataset: { attribution: String(owner.attribution) },
        title: segment.marks.map((mark) => `${mark.attribution + 1}: ${ROLE_LABELS[mark.role]}`).join(', '),
      },
      segment.text,
    );
    if (content) {
      element.tabIndex = -1;
      marks.set(content.attribution, [...(marks.get(content.attribution) ?? []), element]);
    }
    panel.append(element);
  }
  return panel;
}

interface AttributionItem {
  element: HTMLElement;
  update: () => void;
  focus: () => void;
  showProblems: (messages: string[]) => void;
}

/** One attribution in the list: what the draft says, and the editor's decision on it. */
function attributionItem(
  draft: ArticleDraft,
  attribution: DraftedAttribution,
  index: number,
  decisions: AttributionDecision[],
  handlers: { onChange: () => void; showInText: () => void },
): AttributionItem {
  const decision = () => decisions[index];
  const set = (change: Partial<AttributionDecision>) => {
    decisions[index] = { ...decisions[index], ...change };
    handlers.onChange();
  };
  const number = index + 1;
  const legendId = uniqueId('attribution');
  const verdictName = uniqueId('verdict');
  const accept = h('input', { type: 'radio', name: verdictName, value: 'accepted', id: `${verdictName}-accept` });
  const reject = h('input', { type: 'radio', name: verdictName, value: 'rejected', id: `${verdictName}-reject` });
  accept.addEventListener('change', () => set({ verdict: 'accepted' }));
  reject.addEventListener('change', () => set({ verdict: 'rejected' }));
  const direct = h('input', { type: 'checkbox', id: uniqueId('direct') });
  direct.checked = attribution.direct;
  direct.addEventListener('change', () => set({ direct: direct.checked }));
  const verdictBadge = h('span', { class: 'badge verdict-badge' });
  const speakerLine = h('p', { class: 'draft-speaker', 'aria-live': 'polite' });
  const resetSpeaker = h(
    'button',
    {
      type: 'button',
      class: 'button link',
      onClick: () => {
        picker.clear();
        set({ speaker: { kind: 'drafted' } });
      },
    },
    'Use the drafted speaker',
  );
  const picker = speakerPicker({
    label: 'Change the speaker',
    hint: 'Type a name or alias to search the graph, or a new name to add.',
    onChoose: (choice) => set({ speaker: choice }),
  });
  const problems = h('div', { class: 'item-problems', id: uniqueId('problems'), hidden: true });
  // "Checked before?" asks the API only when the editor asks, once per statement (then shows or hides the answer)
  const checkedBeforeSlot = h('div', { class: 'checked-before-slot', id: uniqueId('checked-before'), hidden: true });
  let checkedBefore: CheckedBeforePanel | null = null;
  const checkedBeforeButton = h(
    'button',
    { type: 'button', class: 'button link', 'aria-expanded': 'false', 'aria-controls': checkedBeforeSlot.id },
    'Checked before?',
    h('span', { class: 'visually-hidden' }, ` (attribution ${index + 1})`),
  );
  checkedBeforeButton.addEventListener('click', () => {
    if (!checkedBefore) {
      checkedBefore = checkedBeforePanel({
        text: attribution.content.exact,
        headingLevel: 3,
        subject: 'these words',
      });
      checkedBeforeSlot.append(checkedBefore.element);
      void checkedBefore.load();
    }
    checkedBeforeSlot.hidden = !checkedBeforeSlot.hidden;
    checkedBeforeButton.setAttribute('aria-expanded', String(!checkedBeforeSlot.hidden));
  });
  const mentions = mentionChoices(draft, attribution, (slug, kept) => {
    const dropped = decision().droppedMentions.filter((candidate) => candidate !== slug);
    set({ droppedMentions: kept ? dropped : [...dropped, slug] });
  });
  // a rejected attribution needs no correcting: its corrections are put away (and kept) until it is accepted
  const editing = h(
    'div',
    { class: 'item-edit' },
    h('div', { class: 'choice' }, direct, h('label', { for: direct.id }, 'Direct quote (the speaker’s own words)')),
    picker.element,
    mentions,
  );
  const element = h(
    'li',
    { class: 'draft-item', id: `draft-item-${index}`, tabindex: '-1', 'aria-labelledby': legendId },
    h(
      'fieldset',
      { 'aria-describedby': problems.id },
      h(
        'legend',
        { id: legendId },
        `Attribution ${number}`,
        ' ',
        verdictBadge,
        ' ',
        h('span', { class: 'muted confidence' }, `confidence ${Math.round(attribution.confidence * 100)}%`),
      ),
      h(
        'blockquote',
        { class: attribution.direct ? 'draft-words' : 'draft-words paraphrase' },
        attribution.content.exact,
      ),
      h(
        'p',
        { class: 'draft-meta' },
        attribution.cue
          ? ['Cue: ', h('span', { class: 'draft-span role-cue' }, attribution.cue.exact)]
          : 'No cue (a speaker’s turn goes on)',
        attribution.source
          ? [' · named as ', h('span', { class: 'draft-span role-source' }, attribution.source.exact)]
          : null,
      ),
      speakerLine,
      problems,
      h(
        'fieldset',
        { class: 'verdict-choice' },
        h('legend', { class: 'visually-hidden' }, `Import attribution ${number}?`),
        h('div', { class: 'choice' }, accept, h('label', { for: accept.id }, 'Accept')),
        h('div', { class: 'choice' }, reject, h('label', { for: reject.id }, 'Reject')),
      ),
      editing,
      h(
        'p',
        { class: 'item-actions' },
        h(
          'button',
          { type: 'button', class: 'button link show-in-text', onClick: handlers.showInText },
          'Show in the article',
        ),
        ' ',
        checkedBeforeButton,
        ' ',
        resetSpeaker,
      ),
      checkedBeforeSlot,
    ),
  );

  const update = () => {
    const current = decision();
    element.dataset.verdict = current.verdict;
    verdictBadge.textContent =
      current.verdict === 'accepted' ? 'Accepted' : current.verdict === 'rejected' ? 'Rejected' : 'Undecided';
    verdictBadge.className = `badge verdict-badge verdict-${current.verdict}`;
    editing.hidden = current.verdict === 'rejected';
    resetSpeaker.hidden = current.speaker.kind === 'drafted' || current.verdict === 'rejected';
    replaceChildren(speakerLine, 'Speaker: ', speakerDescription(attribution, current));
  };
  update();
  return {
    element,
    update,
    focus: () => {
      element.scrollIntoView({ block: 'nearest' });
      element.focus({ preventScroll: true });
    },
    showProblems: (messages) => {
      problems.hidden = messages.length === 0;
      replaceChildren(
        problems,
        messages.length > 0
          ? h(
              'ul',
              {},
              messages.map((message) => h('li', { class: 'field-error' }, message)),
            )
          : null,
      );
    },
  };
}

/** Who the speaker is now, and whether the graph knows them. */
function speakerDescription(attribution: DraftedAttribution, decision: AttributionDecision): (HTMLElement | string)[] {
  const label = (type: EntityKind) => ENTITY_TYPE_LABELS[type].toLowerCase();
  const choice = decision.speaker;
  if (choice.kind === 'graph') {
    return [
      h('strong', {}, choice.entity.name),
      ' ',
      h('span', { class: 'badge in-graph' }, `${label(choice.entity.entityType)} in the graph`),
      ' (changed)',
    ];
  }
  if (choice.kind === 'new') {
    return [
      h('strong', {}, choice.name),
      ' ',
      h('span', { class: 'badge new-entity' }, `new ${label(choice.type)}`),
      ' (changed)',
    ];
  }
  if (attribution.speakerEntity) {
    return [
      h('strong', {}, attribution.speakerEntity.name),
      ' ',
      h('span', { class: 'badge in-graph' }, `${label(attribution.speakerEntity.entityType)} in the graph`),
    ];
  }
  if (attribution.speaker) {
    return [h('strong', {}, attribution.speaker), ' ', h('span', { class: 'badge new-entity' }, 'new')];
  }
  return [h('em', {}, 'none found'), ' — choose one below to import these words'];
}

/** The drafted statement's mentions, each with a box to keep it (checked) or drop it. */
function mentionChoices(
  draft: ArticleDraft,
  attribution: DraftedAttribution,
  onToggle: (slug: string, kept: boolean) => void,
): HTMLElement | null {
  const dataset = readDraftDataset(draft.dataset);
  const statement = dataset.statements.find((candidate) => candidate.slug === attribution.statementSlug);
  if (!statement || statement.mentions.length === 0) return null;
  const records = [...dataset.people, ...dataset.outlets, ...dataset.organizations];
  const proposed = new Set(draft.proposedEntities.map((entity) => entity.slug));
  return h(
    'fieldset',
    { class: 'mention-choice' },
    h('legend', {}, 'Mentions (who these words are about)'),
    statement.mentions.map((mention) => {
      const box = h('input', { type: 'checkbox', id: uniqueId('mention') });
      box.checked = true;
      box.addEventListener('change', () => onToggle(mention.entity, box.checked));
      const name = records.find((record) => record.slug === mention.entity)?.name ?? mention.entity;
      return h(
        'div',
        { class: 'choice' },
        box,
        h(
          'label',
          { for: box.id },
          name,
          ' ',
          h('span', { class: 'muted' }, proposed.has(mention.entity) ? '(new)' : '(in the graph)'),
        ),
      );
    }),
  );
}

/** Links to the imported document, its statements, and their speakers' pages and timelines. */
async function importedLinks(plan: ImportPlan, result: ImportArticleMutation['importArticle']): Promise<HTMLElement> {
  const mergedInto = new Map(result.merged.map((merge) => [merge.importedSlug, merge.entity.slug]));
  const [index, statementSlug] = [...plan.statementSlugs][0] ?? [];
  const statement = plan.dataset.statements.find((candidate) => candidate.slug === statementSlug);
  const speaker = index === undefined ? undefined : plan.speakers.get(index);
  if (!statement || !speaker) throw new Error('the plan has no statement');
  const found = await graphql(IMPORTED_STATEMENT, {
    speaker: mergedInto.get(speaker.slug) ?? speaker.slug,
    text: statement.quote,
  });
  const documentSlug = plan.texts[0]?.document;
  const reported = found.statements.nodes
    .find((node) => node.slug === statementSlug)
    ?.reportedIn.find((document) => document.slug === documentSlug);
  if (!reported) throw new Error('the imported statement was not found.');
  const data = await graphql(IMPORTED_DOCUMENT, { id: reported.id });
  if (!hasSelection(data.node, 'statementsReported')) throw new Error('the imported document was not found.');
  const imported = new Set(plan.statementSlugs.values());
  const statements = data.node.statementsReported.nodes.filter((node) => imported.has(node.slug));
  return h(
    'div',
    {},
    h('p', {}, 'The article: ', h('a', { href: href(['document', data.node.id]) }, data.node.title)),
    h(
      'ul',
      { class: 'imported-statements' },
      statements.map((node) =>
        h(
          'li',
          {},
          h('a', { href: href(['statement', node.id]) }, node.isDirectQuote ? `“${node.quote}”` : node.quote),
          ' — ',
          h('a', { href: href(['people', node.speaker.id]) }, node.speaker.name),
          ' · ',
          h('a', { href: href(['timeline', node.speaker.id]) }, `timeline of ${node.speaker.name}`),
        ),
      ),
    ),
  );
}
