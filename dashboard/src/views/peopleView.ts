/**
 * People and relationships: the graph of entities and their typed relationships (cytoscape.js), a panel with the
 * selected entity's statements made and received (with stance), and the paths between two chosen entities with
 * the evidence for every hop. The graph has a keyboard- and screen-reader-friendly twin: the entity list and the
 * relationship table below it do everything a click on the canvas does.
 */
import cytoscape, { type Core, type ElementDefinition, type EventObjectNode } from 'cytoscape';
import { formText, h, replaceChildren, uniqueId } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { allEntities } from '../api/entities.js';
import { onResync, onStatementAdded } from '../api/liveUpdates.js';
import { ENTITY_PANEL, GRAPH, PATHS } from '../api/queries.js';
import type {
  EntityPanelQuery,
  EntityRefFragment as EntityRef,
  GraphQuery,
  PathsQuery,
  StatementSummaryFragment as StatementSummary,
} from '../generated/graphql.js';
import { entityLink, stanceBadge } from '../components/badges.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { isMissingRecord, notFoundMessage, notFoundTitle } from '../components/notFound.js';
import { basisBadge, datedFactElement, wordsKind } from '../components/provenance.js';
import { partialDateText } from '../format/partialDate.js';
import { ENTITY_TYPE_LABELS, enumWords } from '../format/labels.js';
import { href, navigate, type Route } from '../router.js';
import type { ViewContext } from './view.js';

/** The query's `node` when it is an entity (its `... on Entity` selection; people also have a description). */
type EntityPanelData = Extract<NonNullable<EntityPanelQuery['node']>, { name: string }>;
type PathResult = PathsQuery['paths'][number];
type RelationshipEdgeData = GraphQuery['relationships']['nodes'][number];

/** The canvas element carries its cytoscape instance, so end-to-end tests can find a node's position to click it. */
export interface GraphContainer extends HTMLElement {
  cy?: Core;
}

const NODE_COLORS: Record<EntityRef['entityType'], string> = {
  PERSON: '#1d4e89',
  OUTLET: '#8a4b08',
  ORGANIZATION: '#2e6b30',
};

export function peopleView(context: ViewContext): { cleanup: () => void; update: (route: Route) => boolean } {
  const { main, setTitle } = context;
  setTitle('People and relationships');
  const graphContainer: GraphContainer = h('div', {
    class: 'graph-canvas',
    id: 'relationship-graph',
    role: 'img',
    'aria-label':
      'Graph of people, outlets and organizations and their relationships; the same information follows as a list and a table.',
  });
  const graphStatus = h('div', { class: 'graph-status' }, loading('the graph'));
  const panelPrompt = () => [
    h('h2', { id: 'entity-heading' }, 'Select someone'),
    h(
      'p',
      { class: 'muted' },
      'Click a node in the graph, or choose a name in the list below it, to see the statements they made and received.',
    ),
  ];
  const panel = h(
    'section',
    { class: 'entity-panel', 'aria-labelledby': 'entity-heading', tabindex: '-1' },
    panelPrompt(),
  );
  const pathsSlot = h('div', { class: 'paths-result', 'aria-live': 'polite' });
  const pathForm = h('form', { class: 'path-form', 'aria-labelledby': 'paths-heading' });
  const entityListSlot = h('div', { class: 'entity-buttons' });
  const relationshipTableSlot = h('div', {});

  const pathsSection = h(
    'section',
    { class: 'paths', 'aria-labelledby': 'paths-heading' },
    h('h2', { id: 'paths-heading', tabindex: '-1' }, 'How are two of them connected?'),
    pathForm,
    pathsSlot,
  );
  main.append(
    h(
      'p',
      { class: 'lede' },
      'Who is connected to whom, and how: relationships as the sources state them, each with its evidence. Pick two of them below the graph to see how they are connected.',
    ),
    h(
      'div',
      { class: 'graph-layout' },
      h(
        'section',
        { class: 'graph', 'aria-labelledby': 'graph-heading' },
        h('h2', { id: 'graph-heading' }, 'Relationship graph'),
        graphLegend(),
        graphStatus,
        graphContainer,
        h('h3', {}, 'Everyone in the graph'),
        entityListSlot,
        h(
          'details',
          { class: 'relationship-table' },
          h('summary', {}, 'All relationships as a table'),
          relationshipTableSlot,
        ),
      ),
      panel,
    ),
    pathsSection,
  );

  let disposed = false;
  let cy: Core | null = null;
  let selectedId: string | null = null;
  let currentRoute: Route = context.route;

  const showMissing = () => replaceChildren(panel, h('h2', {}, notFoundTitle('person')), notFoundMessage('person'));

  /** Shows an entity in the panel; `reveal` (a user's choice) brings the panel into view and focus. */
  const selectEntity = async (id: string | null, reveal = false) => {
    selectedId = id;
    cy?.nodes().removeClass('selected');
    if (!id) {
      replaceChildren(panel, panelPrompt());
      return;
    }
    cy?.getElementById(id).addClass('selected');
    replaceChildren(panel, loading('their statements'));
    try {
      const data = await graphql(ENTITY_PANEL, { id });
      if (disposed || selectedId !== id) return;
      if (!hasSelection(data.node, 'name')) {
        showMissing();
        return;
      }
      replaceChildren(panel, entityPanel(data.node, currentRoute));
      if (reveal) {
        panel.scrollIntoView({ block: 'nearest' });
        panel.focus({ preventScroll: true });
      }
    } catch (error) {
      if (disposed || selectedId !== id) return;
      if (isMissingRecord(error)) showMissing();
      else
        replaceChildren(
          panel,
          errorBox(error, () => void selectEntity(id)),
        );
    }
  };

  const showPaths = async (from: string | null, to: string | null) => {
    cy?.elements().removeClass('on-path');
    if (!from || !to) {
      replaceChildren(pathsSlot);
      return;
    }
    replaceChildren(pathsSlot, loading('paths'));
    try {
      const data = await graphql(PATHS, { from, to });
      if (disposed) return;
      replaceChildren(pathsSlot, pathsList(data.paths));
      if (revealPaths) {
        revealPaths = false;
        pathsSection.scrollIntoView({ block: 'start' });
        pathsSection.querySelector<HTMLElement>('#paths-heading')?.focus({ preventScroll: true });
      }
      const best = data.paths[0];
      if (best && cy) {
        for (const entity of best.entities) cy.getElementById(entity.id).addClass('on-path');
        for (const hop of best.hops) if (hop.relationship) cy.getElementById(hop.relationship.id).addClass('on-path');
      }
    } catch (error) {
      if (!disposed)
        replaceChildren(
          pathsSlot,
          errorBox(error, () => void showPaths(from, to)),
        );
    }
  };

  let shownPair = '';
  /** set when the user asked for paths, so the answer is brought into view once it arrives */
  let revealPaths = false;
  const applyRoute = (route: Route, byUser = false) => {
    const previous = currentRoute;
    currentRoute = route;
    const id = route.segments[1] ?? null;
    if (id !== selectedId) void selectEntity(id, byUser);
    const from = route.params.get('from');
    const to = route.params.get('to');
    const pair = `${from ?? ''}>${to ?? ''}`;
    if (pair !== shownPair) {
      shownPair = pair;
      revealPaths = Boolean(from && to) && previous !== route;
      void showPaths(from, to);
    }
    const fromSelect = pathForm.querySelector<HTMLSelectElement>('select[name=from]');
    const toSelect = pathForm.querySelector<HTMLSelectElement>('select[name=to]');
    if (fromSelect) fromSelect.value = route.params.get('from') ?? '';
    if (toSelect) toSelect.value = route.params.get('to') ?? '';
  };

  const loadGraph = async () => {
    try {
      const [graph, entities] = await Promise.all([graphql(GRAPH), allEntities()]);
      if (disposed) return;
      const relationships = graph.relationships.nodes;
      replaceChildren(
        graphStatus,
        relationships.length < graph.relationships.totalCount
          ? h(
              'p',
              { class: 'muted' },
              `Showing the first ${relationships.length} of ${graph.relationships.totalCount} relationships.`,
            )
          : null,
      );
      replaceChildren(pathForm, ...pathFormFields(entities, currentRoute));
      replaceChildren(entityListSlot, entityButtons(entities));
      replaceChildren(relationshipTableSlot, relationshipTable(relationships));
      cy = drawGraph(graphContainer, entities, relationships);
      graphContainer.cy = cy;
      cy.on('tap', 'node', (event: EventObjectNode) =>
        navigate(href(['people', event.target.id()], Object.fromEntries(currentRoute.params))),
      );
      // paths asked for before the graph was drawn are drawn on it now
      shownPair = '';
      applyRoute(currentRoute);
    } catch (error) {
      if (!disposed)
        replaceChildren(
          graphStatus,
          errorBox(error, () => void loadGraph()),
        );
    }
  };

  pathForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(pathForm);
    const from = formText(data, 'from');
    const to = formText(data, 'to');
    navigate(href(['people', ...(currentRoute.segments[1] ? [currentRoute.segments[1]] : [])], { from, to }));
  });

  void loadGraph();
  const refreshPanel = () => {
    if (selectedId) void selectEntity(selectedId);
  };
  const stopStatements = onStatementAdded((event) => {
    if (!selectedId) return;
    const involved =
      event.statement.speaker.id === selectedId ||
      event.statement.mentions.some((mention) => mention.entity.id === selectedId);
    if (involved) refreshPanel();
  });
  const stopResync = onResync(refreshPanel);
  return {
    cleanup: () => {
      disposed = true;
      stopStatements();
      stopResync();
      cy?.destroy();
    },
    update: (route) => {
      applyRoute(route, true);
      return true;
    },
  };
}

function graphLegend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    (Object.keys(NODE_COLORS) as EntityRef['entityType'][]).map((type) =>
      h(
        'li',
        {},
        h('span', { class: `swatch swatch-${type.toLowerCase()}`, 'aria-hidden': 'true' }),
        ENTITY_TYPE_LABELS[type],
      ),
    ),
    h('li', {}, h('span', { class: 'line line-strained', 'aria-hidden': 'true' }), 'strained'),
    h('li', {}, h('span', { class: 'line line-ended', 'aria-hidden': 'true' }), 'ended'),
    h('li', {}, h('span', { class: 'line line-implied', 'aria-hidden': 'true' }), 'implied by the source'),
  );
}

function drawGraph(container: HTMLElement, entities: EntityRef[], relationships: RelationshipEdgeData[]): Core {
  const connected = new Set(relationships.flatMap((relationship) => [relationship.from.id, relationship.to.id]));
  const nodes: ElementDefinition[] = entities
    .filter((entity) => connected.has(entity.id) || entity.entityType === 'PERSON')
    .map((entity) => ({ data: { id: entity.id, label: entity.name, type: entity.entityType } }));
  const edges: ElementDefinition[] = relationships.map((relationship) => ({
    data: {
      id: relationship.id,
      source: relationship.from.id,
      target: relationship.to.id,
      label: enumWords(relationship.type) + (relationship.assertion === 'IMPLIED' ? ' (implied)' : ''),
      status: relationship.status,
      assertion: relationship.assertion,
    },
  }));
  return cytoscape({
    container,
    elements: [...nodes, ...edges],
    // rings by number of relationships: the most connected in the middle, the same picture on every load
    layout: {
      name: 'concentric',
      concentric: (node) => node.degree(false),
      levelWidth: () => 2,
      minNodeSpacing: 55,
      padding: 24,
      animate: false,
    },
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': (node) => NODE_COLORS[node.data('type') as EntityRef['entityType']] ?? '#555',
          color: '#111',
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
          width: 26,
          height: 26,
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node[type = "OUTLET"]', style: { shape: 'round-rectangle' } },
      { selector: 'node[type = "ORGANIZATION"]', style: { shape: 'diamond' } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          width: 2,
          'line-color': '#6b7280',
          'target-arrow-color': '#6b7280',
          'font-size': 10,
          color: '#1f2937',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
        },
      },
      {
        selector: 'edge[status = "STRAINED"]',
        style: { 'line-style': 'dashed', 'line-color': '#b45309', 'target-arrow-color': '#b45309' },
      },
      {
        selector: 'edge[status = "ENDED"]',
        style: { 'line-style': 'dotted', 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af' },
      },
      { selector: 'edge[assertion = "IMPLIED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 4] } },
      { selector: 'node.selected', style: { 'border-color': '#f59e0b', 'border-width': 4, width: 32, height: 32 } },
      { selector: 'node.on-path', style: { 'border-color': '#c026d3', 'border-width': 4 } },
      { selector: 'edge.on-path', style: { 'line-color': '#c026d3', 'target-arrow-color': '#c026d3', width: 4 } },
    ],
  });
}

function pathFormFields(entities: EntityRef[], route: Route): HTMLElement[] {
  const sorted = [...entities].sort((a, b) => a.name.localeCompare(b.name));
  const picker = (name: 'from' | 'to', label: string) => {
    const id = uniqueId(`path-${name}`);
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'select',
        { id, name, required: true, 'aria-required': 'true' },
        h('option', { value: '' }, 'Choose…'),
        sorted.map((entity) =>
          h(
            'option',
            { value: entity.id, selected: route.params.get(name) === entity.id },
            entity.entityType === 'PERSON'
              ? entity.name
              : `${entity.name} (${ENTITY_TYPE_LABELS[entity.entityType].toLowerCase()})`,
          ),
        ),
      ),
    );
  };
  return [
    picker('from', 'From'),
    picker('to', 'To'),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Find paths')),
  ];
}

function pathsList(paths: PathResult[]): HTMLElement {
  if (paths.length === 0) return empty('No connection within 4 hops.');
  return h(
    'ol',
    { class: 'path-list' },
    paths.map((path, index) =>
      h(
        'li',
        { class: 'path', dataset: { path: String(index + 1) } },
        h(
          'h3',
          { class: 'path-title' },
          `Path ${index + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}: `,
          path.entities.map((entity) => entity.name).join(' → '),
        ),
        h(
          'ol',
          { class: 'hops' },
          path.hops.map((hop) =>
            h(
              'li',
              { class: 'hop' },
              h(
                'p',
                { class: 'hop-description' },
                h('span', { class: `badge hop-${hop.kind.toLowerCase()}` }, enumWords(hop.kind)),
                ' ',
                hop.statement
                  ? h('a', { href: href(['statement', hop.statement.id]) }, hop.description)
                  : hop.event
                    ? h('a', { href: href(['event', hop.event.id]) }, hop.description)
                    : hop.description,
              ),
              hop.evidence.length > 0
                ? h(
                    'ul',
                    { class: 'hop-evidence', 'aria-label': 'Evidence' },
                    hop.evidence.map((span) =>
                      h(
                        'li',
                        {},
                        h('q', {}, h('mark', {}, span.exact)),
                        ' ',
                        h(
                          'a',
                          {
                            href: href(['document', span.document.id], { start: span.start, end: span.end }),
                            class: 'source-link',
                            title: span.document.title,
                            'aria-label': `in the source: ${span.document.title}`,
                          },
                          'in the source',
                        ),
                      ),
                    ),
                  )
                : h('p', { class: 'muted' }, 'No evidence span recorded for this hop.'),
            ),
          ),
        ),
      ),
    ),
  );
}

function entityButtons(entities: EntityRef[]): HTMLElement {
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

/**
 * A relationship's states, oldest first: each with its dates ("from 2020", "by 2018" when only known to hold by
 * then, "until ...") and how the state and each date are known.
 */
function stateList(states: RelationshipEdgeData['states']): HTMLElement {
  return h(
    'ol',
    { class: 'state-list' },
    states.map((state) =>
      h(
        'li',
        { dataset: { status: state.status } },
        h('strong', {}, enumWords(state.status)),
        ' ',
        basisBadge(state.basis),
        state.startFact ? h('span', { class: 'state-date' }, ' · from ', datedFactElement(state.startFact)) : null,
        state.endFact ? h('span', { class: 'state-date' }, ' · until ', datedFactElement(state.endFact)) : null,
        !state.startFact && !state.endFact ? h('span', { class: 'muted' }, ' · undated') : null,
      ),
    ),
  );
}

function relationshipTable(relationships: RelationshipEdgeData[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['From', 'Relationship', 'To', 'Status', 'Dated states, and how each is known'].map((label) =>
            h('th', { scope: 'col' }, label),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        relationships.map((relationship) =>
          h(
            'tr',
            {},
            h('td', {}, entityLink(relationship.from)),
            h(
              'td',
              {},
              enumWords(relationship.type),
              relationship.assertion === 'IMPLIED' ? h('span', { class: 'muted' }, ' (implied)') : null,
            ),
            h('td', {}, entityLink(relationship.to)),
            h('td', {}, enumWords(relationship.status)),
            h('td', {}, stateList(relationship.states)),
          ),
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

function entityPanel(entity: EntityPanelData, route: Route): HTMLElement[] {
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
