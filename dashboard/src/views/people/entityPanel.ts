/** An entity in the side panel: who they are and the statements they made and received, with stance. */
import { h } from '../../dom.js';
import type {
  EntityPanelQuery,
  EntityRefFragment as EntityRef,
  StatementSummaryFragment as StatementSummary,
} from '../../generated/graphql.js';
import { entityLink, stanceBadge } from '../../components/badges.js';
import { empty } from '../../components/feedback.js';
import { wordsKind } from '../../components/provenance.js';
import { partialDateText } from '../../format/partialDate.js';
import { ENTITY_TYPE_LABELS } from '../../format/labels.js';
import { href, type Route } from '../../router.js';

/** The query's `node` when it is an entity (its `... on Entity` selection; people also have a description). */
export type EntityPanelData = Extract<NonNullable<EntityPanelQuery['node']>, { name: string }>;

export function entityButtons(entities: EntityRef[]): HTMLElement {
  return h(
    'ul',
    { class: 'chips' },
    [...entities]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entity) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: href(['people', entity.id]), class: `chip entity-${entity.entityType.toLowerCase()}` },
            entity.name,
          ),
        ),
      ),
  );
}

function statementItem(statement: StatementSummary, focusId: string, role: 'made' | 'received'): HTMLElement {
  const towardFocus = statement.mentions.find((mention) => mention.entity.id === focusId);
  return h(
    'li',
    { class: 'statement-item' },
    h(
      'p',
      { class: 'statement-words' },
      h(
        'a',
        { href: href(['statement', statement.id]) },
        statement.isDirectQuote ? `“${statement.quote}”` : statement.quote,
      ),
    ),
    h(
      'p',
      { class: 'statement-meta' },
      role === 'received' ? [entityLink(statement.speaker), ' '] : null,
      role === 'received' && towardFocus ? [stanceBadge(towardFocus.stance), ' '] : null,
      wordsKind(statement),
      statement.saidOn ? [' · ', partialDateText(statement.saidOn)] : null,
      role === 'made' && statement.mentions.length > 0
        ? [
            ' · about ',
            statement.mentions.map((mention, index) => [
              index > 0 ? ', ' : '',
              mention.entity.name,
              ' ',
              stanceBadge(mention.stance),
            ]),
          ]
        : null,
    ),
  );
}

export function entityPanel(entity: EntityPanelData, route: Route): HTMLElement[] {
  const pathLink = (end: 'from' | 'to', label: string) =>
    h(
      'a',
      { class: 'button', href: href(['people', entity.id], { ...Object.fromEntries(route.params), [end]: entity.id }) },
      label,
    );
  return [
    h('h2', { id: 'entity-heading' }, entity.name),
    h(
      'p',
      { class: 'muted' },
      ENTITY_TYPE_LABELS[entity.entityType],
      entity.aliases.length > 0 ? ` · also called ${entity.aliases.join(', ')}` : '',
    ),
    'description' in entity && entity.description ? h('p', {}, entity.description) : null,
    h(
      'p',
      { class: 'panel-actions' },
      h('a', { class: 'button', href: href(['timeline', entity.id]) }, 'Timeline'),
      ' ',
      pathLink('from', 'Path from here'),
      ' ',
      pathLink('to', 'Path to here'),
    ),
    h('h3', {}, `Statements made (${entity.statements.totalCount})`),
    entity.statements.nodes.length === 0
      ? empty('None recorded.')
      : h(
          'ul',
          { class: 'statement-list made' },
          entity.statements.nodes.map((statement) => statementItem(statement, entity.id, 'made')),
        ),
    h('h3', {}, `Statements about ${entity.name} (${entity.statementsAbout.totalCount})`),
    entity.statementsAbout.nodes.length === 0
      ? empty('None recorded.')
      : h(
          'ul',
          { class: 'statement-list received' },
          entity.statementsAbout.nodes.map((statement) => statementItem(statement, entity.id, 'received')),
        ),
  ].filter((element): element is HTMLElement => element !== null);
}
