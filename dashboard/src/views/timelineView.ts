/**
 * The timeline of an entity: events, statements, the claims it makes, the reviews of those claims and the changes
 * of its relationships, in date order, each date shown as precisely as the sources give it ("2018 · year only"),
 * undated items last. Grouped by year; paged with the connection's cursor; checkboxes choose which kinds to show.
 * Without an id (`#/timeline`) it opens on the person with the most statements, and says so, rather than on an
 * empty page. A statement's stance is its attitude toward each entity it mentions, so it follows the quote
 * ("— criticizes Kanye West") instead of sitting beside the speaker, where it would read as the speaker's trait.
 */
import { h, replaceChildren, uniqueId } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { allEntities } from '../api/entities.js';
import { onResync, onStatementAdded } from '../api/liveUpdates.js';
import { MOST_ACTIVE_SPEAKERS, TIMELINE } from '../api/queries.js';
import type { EntityRefFragment as EntityRef, Stance, TimelineItemKind, TimelineQuery } from '../generated/graphql.js';
import { entityLink, statusBadge } from '../components/badges.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { isMissingRecord, notFoundMessage, notFoundTitle } from '../components/notFound.js';
import { partialDateElement } from '../format/partialDate.js';
import { enumWords, ratingWords, STANCE_LABELS } from '../format/labels.js';
import { relationshipChangeWords } from '../format/relationshipChange.js';
import { href, navigate } from '../router.js';
import type { View } from './view.js';

type TimelineEdgeData = TimelineQuery['timeline']['edges'][number];
type TimelineNode = TimelineEdgeData['node'];
type NodeOf<T extends TimelineNode['__typename']> = Extract<TimelineNode, { __typename: T }>;
type Mention = NodeOf<'Statement'>['mentions'][number];

/** Each kind the timeline can show, as the filter names it; all are shown at first. */
const KIND_LABELS: Record<TimelineItemKind, string> = {
  EVENT: 'Events',
  STATEMENT: 'Statements',
  CLAIM: 'Claims',
  CLAIM_REVIEW: 'Reviews',
  RELATIONSHIP_CHANGE: 'Relationship changes',
};
const ALL_KINDS = Object.keys(KIND_LABELS) as TimelineItemKind[];

export const timelineView: View = ({ main, route, setTitle }) => {
  // the person shown: the one named in the address, else the most active person once known
  let entityId = route.segments[1] ?? null;
  const chosenByDefault = entityId === null;
  setTitle('Timeline');
  const defaultSlot = h('div', {});
  const pickerSlot = h('div', {});
  const listSlot = h('div', { class: 'timeline', 'aria-live': 'polite' });
  // the kinds shown; every kind asks for the whole timeline (the API's default)
  let kinds = new Set<TimelineItemKind>(ALL_KINDS);
  const kindFilter = kindCheckboxes(kinds, (chosen) => {
    kinds = chosen;
    void load(null);
  });
  main.append(
    h(
      'p',
      { class: 'lede' },
      'Events, statements, claims, reviews and relationship changes involving someone, in date order. Dates known ' +
        'only to the year or month are shown as such.',
    ),
    defaultSlot,
    pickerSlot,
    kindFilter,
    listSlot,
  );
  let disposed = false;

  let defaultPerson: Promise<EntityRef | null> = chosenByDefault ? mostActivePerson() : Promise.resolve(null);
  // the picker waits for the default so that it shows it selected; a failed default leaves it on "Choose…"
  Promise.all([allEntities(), defaultPerson.catch(() => null)]).then(
    ([entities]) => {
      if (disposed) return;
      replaceChildren(pickerSlot, entityPicker(entities, entityId));
      const entity = entities.find((candidate) => candidate.id === entityId);
      if (entity) setTitle(`Timeline of ${entity.name}`);
    },
    (error: unknown) => !disposed && replaceChildren(pickerSlot, errorBox(error)),
  );

  const edges: TimelineEdgeData[] = [];
  const load = async (after: string | null) => {
    if (!entityId) {
      replaceChildren(listSlot, empty('Choose someone to see their timeline.'));
      return;
    }
    if (kinds.size === 0) {
      replaceChildren(listSlot, empty('Choose at least one kind of item to show.'));
      return;
    }
    if (!after) replaceChildren(listSlot, loading('the timeline'));
    const asked = kinds;
    try {
      const data = await graphql(TIMELINE, {
        entity: entityId,
        after,
        kinds: asked.size === ALL_KINDS.length ? null : ALL_KINDS.filter((kind) => asked.has(kind)),
      });
      // a later choice of kinds has sent its own request: this answer is stale
      if (disposed || asked !== kinds) return;
      if (!after) edges.length = 0;
      edges.push(...data.timeline.edges);
      replaceChildren(
        listSlot,
        timelineList(edges, data.timeline.totalCount, entityId),
        data.timeline.pageInfo.hasNextPage
          ? h(
              'button',
              { type: 'button', class: 'button', onClick: () => void load(data.timeline.pageInfo.endCursor) },
              'Show more',
            )
          : null,
      );
    } catch (error) {
      if (disposed || asked !== kinds) return;
      // an address naming nobody: nothing to retry
      if (isMissingRecord(error)) {
        setTitle(notFoundTitle('person'));
        replaceChildren(listSlot, notFoundMessage('person'));
      } else
        replaceChildren(
          listSlot,
          errorBox(error, () => void load(after)),
        );
    }
  };
  const start = async () => {
    if (!chosenByDefault) return load(null);
    replaceChildren(listSlot, loading('the timeline'));
    try {
      const person = await defaultPerson;
      if (disposed) return;
      if (person) {
        entityId = person.id;
        setTitle(`Timeline of ${person.name}`);
        replaceChildren(defaultSlot, defaultNote(person));
        // after a retry the picker is already there, still on "Choose…"
        const select = pickerSlot.querySelector('select');
        if (select) select.value = person.id;
      }
      return load(null);
    } catch (error) {
      if (disposed) return;
      replaceChildren(
        listSlot,
        errorBox(error, () => {
          defaultPerson = mostActivePerson();
          void start();
        }),
      );
    }
  };
  void start();
  const stopStatements = onStatementAdded((event) => {
    if (
      event.statement.speaker.id === entityId ||
      event.statement.mentions.some((mention) => mention.entity.id === entityId)
    )
      void load(null);
  });
  const stopResync = onResync(() => {
    // still looking for the default (or failed to): look again rather than show "Choose someone"
    if (chosenByDefault && entityId === null) {
      defaultPerson = mostActivePerson();
      void start();
    } else void load(null);
  });
  return () => {
    disposed = true;
    stopStatements();
    stopResync();
  };
};

/** The person with the most statements, or null when no person has said anything yet. */
async function mostActivePerson(): Promise<EntityRef | null> {
  const data = await graphql(MOST_ACTIVE_SPEAKERS, {});
  // outlets speak too (a document in its own voice); the timeline opens on a person
  const top = data.factCheckSummary.statementsPerSpeaker.find((row) => row.speaker.entityType === 'PERSON');
  return top?.speaker ?? null;
}

/** The one line saying whose timeline this is and why, leading into the picker. */
function defaultNote(person: EntityRef): HTMLElement {
  return h(
    'p',
    { class: 'timeline-default' },
    'Showing ',
    h('strong', {}, person.name),
    ', who has the most statements; pick someone else:',
  );
}

/** A stance as a verb: the labels are verbs already, except "neutral", which says only that it is mentioned. */
function stanceVerb(stance: Stance): string {
  return stance === 'NEUTRAL' ? 'mentions' : STANCE_LABELS[stance].toLowerCase();
}

/** What the statement does toward each entity it mentions: "— criticizes Kanye West; opposes Donald Trump". */
function stanceLine(mentions: readonly Mention[]): HTMLElement | null {
  if (mentions.length === 0) return null;
  return h(
    'span',
    { class: 'statement-stance' },
    ' — ',
    mentions.map((mention, index) => [
      index > 0 ? '; ' : '',
      h(
        'span',
        { class: `stance-verb stance-${mention.stance.toLowerCase()}`, dataset: { stance: mention.stance } },
        stanceVerb(mention.stance),
      ),
      ' ',
      entityLink(mention.entity),
    ]),
  );
}

function entityPicker(entities: EntityRef[], selected: string | null): HTMLElement {
  const id = uniqueId('timeline-entity');
  const select = h(
    'select',
    { id, name: 'entity' },
    h('option', { value: '' }, 'Choose…'),
    [...entities]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entity) => h('option', { value: entity.id, selected: entity.id === selected }, entity.name)),
  );
  const form = h(
    'form',
    { class: 'filters inline' },
    h('div', { class: 'field' }, h('label', { for: id }, 'Timeline of'), select),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Show')),
  );
  const go = () => select.value && navigate(href(['timeline', select.value]));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
  select.addEventListener('change', go);
  return form;
}

/** One checkbox per kind of item; `onChange` gets the kinds checked after each change. */
function kindCheckboxes(
  initial: ReadonlySet<TimelineItemKind>,
  onChange: (kinds: Set<TimelineItemKind>) => void,
): HTMLElement {
  const boxes = ALL_KINDS.map((kind) => {
    const box = h('input', { type: 'checkbox', id: uniqueId('timeline-kind'), name: 'kinds', value: kind });
    box.checked = initial.has(kind);
    return box;
  });
  const changed = () =>
    onChange(new Set(boxes.filter((box) => box.checked).map((box) => box.value as TimelineItemKind)));
  for (const box of boxes) box.addEventListener('change', changed);
  return h(
    'fieldset',
    { class: 'filters inline timeline-kinds' },
    h('legend', {}, 'Show'),
    boxes.map((box, index) =>
      h('div', { class: 'choice' }, box, h('label', { for: box.id }, KIND_LABELS[ALL_KINDS[index]])),
    ),
  );
}

/** An item's date, "by 2018" when it is only known to have happened by then. */
function whenElement(date: TimelineEdgeData['date'], knownBy: boolean): HTMLElement {
  if (!date || !knownBy) return partialDateElement(date);
  return h(
    'span',
    { class: 'known-by', title: 'Known to have happened by then, perhaps earlier' },
    'by ',
    partialDateElement(date),
  );
}

function timelineList(edges: TimelineEdgeData[], total: number, entityId: string): HTMLElement {
  if (edges.length === 0) return empty('Nothing on this timeline.');
  const groups = new Map<string, TimelineEdgeData[]>();
  for (const edge of edges) {
    const key = edge.date ? String(edge.date.year) : 'Undated';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(edge);
  }
  return h(
    'div',
    {},
    h('p', { class: 'result-count' }, `${total} item${total === 1 ? '' : 's'}`),
    [...groups].map(([year, items]) =>
      h(
        'section',
        { class: 'timeline-year', 'aria-label': year },
        h('h2', { class: 'year' }, year),
        h(
          'ol',
          { class: 'timeline-items' },
          items.map((edge) => timelineItem(edge, entityId)),
        ),
      ),
    ),
  );
}

function timelineItem(edge: TimelineEdgeData, entityId: string): HTMLElement {
  const node = edge.node;
  switch (node.__typename) {
    case 'Event':
      return itemElement(
        'event',
        whenElement(edge.date, node.dateFact?.knownBy ?? false),
        h('span', { class: 'badge kind' }, enumWords(node.kind)),
        ' ',
        h('a', { href: href(['event', node.id]) }, node.title),
        node.outlet ? h('span', { class: 'muted' }, ` · on ${node.outlet.name}`) : null,
      );
    case 'Statement':
      return itemElement(
        'statement',
        whenElement(edge.date, node.saidOnFact?.knownBy ?? false),
        entityLink(node.speaker),
        node.voice.kind === 'DOCUMENT'
          ? ' (in its own voice, narrating): '
          : node.isDirectQuote
            ? ' said: '
            : ' (paraphrased): ',
        h('a', { href: href(['statement', node.id]) }, node.isDirectQuote ? `“${node.quote}”` : node.quote),
        stanceLine(node.mentions),
      );
    case 'Claim':
      return claimItem(edge, node, entityId);
    case 'ClaimReview':
      // not "review": that class is the claim page's boxed review
      return itemElement(
        'claim-review',
        partialDateElement(edge.date),
        h('span', { class: 'badge kind' }, 'review'),
        ' ',
        h('span', { class: 'review-rating' }, ratingWords(node.ratingValue, node.ratingLabel)),
        ` by ${node.reviewer} of `,
        h('a', { href: href(['claim', node.claim.id]) }, node.claim.text),
      );
    case 'RelationshipChange':
      return relationshipChangeItem(edge, node);
  }
}

/** A list item of the timeline: its date, then what happened. */
function itemElement(kind: string, when: HTMLElement, ...what: (Node | string | null)[]): HTMLElement {
  return h(
    'li',
    { class: `timeline-item ${kind}` },
    h('div', { class: 'when' }, when),
    h('div', { class: 'what' }, what),
  );
}

/** A claim the entity makes, first seen then; "reported by" when the entity is only said to make it. */
function claimItem(edge: TimelineEdgeData, claim: NodeOf<'Claim'>, entityId: string): HTMLElement {
  const reporter = claim.claimantAttributions.find((attribution) => attribution.claimant.id === entityId)?.reportedBy;
  return itemElement(
    'claim',
    partialDateElement(edge.date),
    h('span', { class: 'badge kind' }, 'claim first seen'),
    ' ',
    h('a', { href: href(['claim', claim.id]) }, claim.text),
    ' ',
    statusBadge(claim.status),
    reporter ? h('span', { class: 'muted' }, ' · reported by ', entityLink(reporter)) : null,
  );
}

/** "John Legend became a supporter of Joe Biden"; "Kanye West’s support of Donald Trump ended". */
function relationshipChangeItem(edge: TimelineEdgeData, change: NodeOf<'RelationshipChange'>): HTMLElement {
  const { relationship, state } = change;
  const words = relationshipChangeWords(relationship.type, state.status, change.previousStatus);
  return itemElement(
    'relationship-change',
    whenElement(edge.date, state.startFact?.knownBy ?? false),
    h('span', { class: 'badge kind' }, 'relationship'),
    ' ',
    entityLink(relationship.from),
    words.middle,
    entityLink(relationship.to),
    words.after,
  );
}
