/**
 * A search-as-you-type box for a speaker (the ARIA 1.2 combobox pattern): suggestions are the graph's people,
 * outlets and organizations whose name or alias matches what was typed (the API's `search`, with the last word as
 * a prefix, plus the names of the entity list the pickers share), followed by "add as a new person / outlet /
 * organization". Arrow keys move through the list, Enter chooses, Escape closes; a status line says how many
 * suggestions there are.
 */
import { h, replaceChildren, uniqueId } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { allEntities } from '../api/entities.js';
import { SPEAKER_SEARCH } from '../api/queries.js';
import type { EntityKind, GraphEntity, SpeakerChoice } from '../draft/draftTypes.js';
import { ENTITY_TYPE_LABELS } from '../format/labels.js';

const MAX_SUGGESTIONS = 8;
const TYPING_PAUSE_MS = 200;
const NEW_TYPES: EntityKind[] = ['PERSON', 'OUTLET', 'ORGANIZATION'];

export interface SpeakerPickerOptions {
  /** the visible label of the box */
  label: string;
  hint: string;
  /** called with the editor's choice */
  onChoose: (choice: Exclude<SpeakerChoice, { kind: 'drafted' }>) => void;
}

interface Suggestion {
  id: string;
  text: string;
  choice: Exclude<SpeakerChoice, { kind: 'drafted' }>;
}

export interface SpeakerPicker {
  element: HTMLElement;
  input: HTMLInputElement;
  /** empties the box */
  clear: () => void;
  setDisabled: (disabled: boolean) => void;
}

export function speakerPicker(options: SpeakerPickerOptions): SpeakerPicker {
  const inputId = uniqueId('speaker');
  const listId = `${inputId}-list`;
  const hintId = `${inputId}-hint`;
  const statusId = `${inputId}-status`;
  const input = h('input', {
    id: inputId,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': hintId,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': 'Suggested speakers' });
  list.hidden = true;
  const status = h('p', { id: statusId, class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const element = h(
    'div',
    { class: 'field speaker-picker' },
    h('label', { for: inputId }, options.label),
    h('p', { class: 'hint', id: hintId }, options.hint),
    h('div', { class: 'combobox' }, input, list),
    status,
  );

  let suggestions: Suggestion[] = [];
  let active = -1;
  let timer: number | undefined;
  let request = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLElement>('[role=option]').forEach((option, position) => {
      option.setAttribute('aria-selected', String(position === index));
      if (position === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', suggestions[index].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (suggestion: Suggestion) => {
    input.value = suggestion.choice.kind === 'graph' ? suggestion.choice.entity.name : suggestion.choice.name;
    close();
    status.textContent = '';
    options.onChoose(suggestion.choice);
  };

  const show = (typed: string, found: GraphEntity[]) => {
    const name = typed.trim().replace(/\s+/g, ' ');
    suggestions = [
      ...found.map((entity) => ({
        id: uniqueId('suggestion'),
        text: `${entity.name} · ${ENTITY_TYPE_LABELS[entity.entityType].toLowerCase()} in the graph`,
        choice: { kind: 'graph' as const, entity },
      })),
      ...NEW_TYPES.map((type) => ({
        id: uniqueId('suggestion'),
        text: `Add “${name}” as a new ${ENTITY_TYPE_LABELS[type].toLowerCase()}`,
        choice: { kind: 'new' as const, name, type },
      })),
    ];
    replaceChildren(
      list,
      suggestions.map((suggestion) =>
        h(
          'li',
          {
            id: suggestion.id,
            role: 'option',
            'aria-selected': 'false',
            class: suggestion.choice.kind === 'new' ? 'suggestion new' : 'suggestion',
            // keeps the focus in the box, so the click chooses before a blur would close the list
            onMousedown: (event: Event) => event.preventDefault(),
            onClick: () => choose(suggestion),
          },
          suggestion.text,
        ),
      ),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    status.textContent =
      found.length === 0
        ? `Nobody in the graph matches “${name}”; you can add it as new.`
        : `${found.length} in the graph match “${name}”. Use the arrow keys to choose.`;
  };

  const lookUp = async () => {
    const typed = input.value;
    const mine = ++request;
    if (typed.trim() === '') {
      close();
      return;
    }
    const found = await matchingEntities(typed);
    // an answer to an older keystroke is stale
    if (mine === request) show(typed, found);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void lookUp(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) {
        void lookUp();
        return;
      }
      const count = suggestions.length;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (count > 0) setActive(active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) choose(suggestions[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element,
    input,
    clear: () => {
      input.value = '';
      close();
    },
    setDisabled: (disabled) => {
      input.disabled = disabled;
      if (disabled) close();
    },
  };
}

/**
 * The graph's entities matching what was typed: full-text search over names and aliases (each word whole, the last
 * one also as a prefix: "Ye" finds Kanye West by his alias, "Kan" finds him too), then the names of the shared
 * entity list that have every typed word as the start of a word (for a search index that takes no prefixes).
 */
async function matchingEntities(typed: string): Promise<GraphEntity[]> {
  const words = typed
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '');
  if (words.length === 0) return [];
  const query = words.map((word, index) => (index === words.length - 1 ? `"${word}"*` : `"${word}"`)).join(' ');
  const [searched, listed] = await Promise.all([
    graphql(SPEAKER_SEARCH, { query }).then(
      (data) =>
        data.search.nodes
          .map((hit) => hit.node)
          .filter((node) => hasSelection(node, 'slug'))
          .map(({ id, slug, name, entityType }) => ({ id, slug, name, entityType })),
      () => [] as GraphEntity[],
    ),
    allEntities().catch(() => [] as GraphEntity[]),
  ]);
  const lowerWords = words.map((word) => word.toLowerCase());
  const byName = listed.filter((entity) => {
    const nameWords = entity.name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return lowerWords.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  });
  const seen = new Set<string>();
  return [...searched, ...byName]
    .filter((entity) => !seen.has(entity.slug) && seen.add(entity.slug))
    .slice(0, MAX_SUGGESTIONS);
}
