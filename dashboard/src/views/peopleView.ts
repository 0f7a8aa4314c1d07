/**
 * People and relationships: the graph of entities and their typed relationships (cytoscape.js, one edge per pair
 * of entities), filtered by type and status; a panel with the selected entity's statements made and received (with
 * stance), or with every relationship behind a chosen edge and the evidence for each of its states; and the paths
 * between two chosen entities with the evidence for every hop. The graph has a keyboard- and screen-reader-friendly
 * twin, filtered the same way: the entity list, the connection list and the relationship table below it do
 * everything a click on the canvas does.
 */
import type { Core, EventObjectEdge, EventObjectNode } from 'cytoscape';
import { formText, h, replaceChildren } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { allEntities } from '../api/entities.js';
import { onResync, onStatementAdded } from '../api/liveUpdates.js';
import { ENTITY_PANEL, GRAPH, PATHS } from '../api/queries.js';
import type { EntityRefFragment as EntityRef } from '../generated/graphql.js';
import { errorBox, loading } from '../components/feedback.js';
import { isMissingRecord, notFoundMessage, notFoundTitle } from '../components/notFound.js';
import { ENTITY_TYPE_LABELS } from '../format/labels.js';
import { href, navigate, type Route } from '../router.js';
import { connectionList } from './people/connectionList.js';
import { entityButtons, entityPanel } from './people/entityPanel.js';
import { createGraph, drawnEntities, labelEdges, NODE_COLORS, showGraph } from './people/graphCanvas.js';
import { PAIR_HEADING_ID, pairDetails } from './people/pairDetails.js';
import { pathFormFields, pathsList } from './people/paths.js';
import { filterRelationships, relationshipTypes, type RelationshipFilter } from './people/relationshipFilter.js';
import { relationshipFilterForm } from './people/relationshipFilterForm.js';
import { relationshipPairs, type GraphRelationship, type RelationshipPair } from './people/relationshipPairs.js';
import { relationshipTable } from './people/relationshipTable.js';
import type { ViewContext } from './view.js';

/** The canvas element carries its cytoscape instance, so end-to-end tests can find a node's position to click it. */
export interface GraphContainer extends HTMLElement {
  cy?: Core;
}

export function peopleView(context: ViewContext): { cleanup: () => void; update: (route: Route) => boolean } {
  const { main, setTitle } = context;
  setTitle('People and relationships');
  const graphContainer: GraphContainer = h('div', {
    class: 'graph-canvas',
    id: 'relationship-graph',
    role: 'img',
    'aria-label':
      'Graph of people, outlets and organizations and their relationships; the same information follows as lists and a table.',
  });
  const graphStatus = h('div', { class: 'graph-status' }, loading('the graph'));
  const filterSlot = h('div', { class: 'filter-slot' });
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
  const pairPanel = h('section', { class: 'connection-panel', 'aria-labelledby': PAIR_HEADING_ID, hidden: true });
  const pathsSlot = h('div', { class: 'paths-result', 'aria-live': 'polite' });
  const pathForm = h('form', { class: 'path-form', 'aria-labelledby': 'paths-heading' });
  const entityListSlot = h('div', { class: 'entity-buttons' });
  const connectionSlot = h('div', { class: 'connection-buttons' });
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
        filterSlot,
        graphStatus,
        graphContainer,
        h('h3', {}, 'Everyone in the graph'),
        entityListSlot,
        h('h3', {}, 'Connections: what each line of the graph stands for'),
        connectionSlot,
        h(
          'details',
          { class: 'relationship-table' },
          h('summary', {}, 'All relationships as a table'),
          relationshipTableSlot,
        ),
      ),
      h('div', { class: 'people-side' }, pairPanel, panel),
    ),
    pathsSection,
  );

  let disposed = false;
  let cy: Core | null = null;
  let selectedId: string | null = null;
  let currentRoute: Route = context.route;
  let entities: EntityRef[] = [];
  let allRelationships: GraphRelationship[] = [];
  let pairs: RelationshipPair[] = [];
  let filter: RelationshipFilter | null = null;
  /** the edge whose relationships the panel lists, the edge under the pointer, the edge a focused button names */
  let chosenPairId: string | null = null;
  let hoveredPairId: string | null = null;
  let pointedPairId: string | null = null;
  let filterForm: ReturnType<typeof relationshipFilterForm> | null = null;
  /** entity and relationship ids of the best path shown, drawn on the graph again after each redraw */
  let pathIds: string[] = [];

  const pairOf = (relationshipId: string) =>
    pairs.find((pair) => pair.relationships.some((relationship) => relationship.id === relationshipId));

  const refreshLabels = () => {
    if (!cy) return;
    const selectedEdges = selectedId
      ? cy
          .getElementById(selectedId)
          .connectedEdges()
          // the lines standing for most relationships first: theirs are the labels kept when two would collide
          .sort((a, b) => Number(b.data('count')) - Number(a.data('count')) || a.id().localeCompare(b.id()))
          .map((edge) => edge.id())
      : [];
    const wanted = [chosenPairId, hoveredPairId, pointedPairId, ...selectedEdges];
    labelEdges(
      cy,
      wanted.filter((id): id is string => id !== null),
    );
  };

  const markGraph = () => {
    if (!cy) return;
    cy.elements().removeClass('selected chosen on-path');
    if (selectedId) cy.getElementById(selectedId).addClass('selected');
    if (chosenPairId) cy.getElementById(chosenPairId).addClass('chosen');
    for (const id of pathIds) cy.getElementById(pairOf(id)?.id ?? id).addClass('on-path');
    refreshLabels();
  };

  const closePair = () => {
    chosenPairId = null;
    pairPanel.hidden = true;
    replaceChildren(pairPanel);
    markGraph();
  };

  /** Lists the edge's relationships in the panel; `reveal` (a user's choice) brings them into view and focus. */
  const choosePair = (pair: RelationshipPair, reveal: boolean) => {
    chosenPairId = pair.id;
    replaceChildren(pairPanel, pairDetails(pair, closePair));
    pairPanel.hidden = false;
    markGraph();
    if (reveal) {
      pairPanel.scrollIntoView({ block: 'nearest' });
      pairPanel.querySelector<HTMLElement>(`#${PAIR_HEADING_ID}`)?.focus({ preventScroll: true });
    }
  };

  const showMissing = () => replaceChildren(panel, h('h2', {}, notFoundTitle('person')), notFoundMessage('person'));

  /** Shows an entity in the panel; `reveal` (a user's choice) brings the panel into view and focus. */
  const selectEntity = async (id: string | null, reveal = false) => {
    selectedId = id;
    markGraph();
    if (!id) {
      replaceChildren(panel, panelPrompt());
      return;
    }
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
    pathIds = [];
    markGraph();
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
      if (best) {
        pathIds = [
          ...best.entities.map((entity) => entity.id),
          ...best.hops.flatMap((hop) => (hop.relationship ? [hop.relationship.id] : [])),
        ];
        markGraph();
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

  /** Draws what the filter lets through, on the canvas and in its twin, keeping the chosen edge if it remains. */
  const redraw = () => {
    if (!cy || !filter) return;
    const shown = filterRelationships(allRelationships, filter);
    pairs = relationshipPairs(shown);
    filterForm?.showCount(shown.length, allRelationships.length);
    showGraph(cy, entities, pairs);
    replaceChildren(
      connectionSlot,
      connectionList(pairs, {
        choose: (pair) => choosePair(pair, true),
        point: (pair) => {
          pointedPairId = pair?.id ?? null;
          refreshLabels();
        },
      }),
    );
    replaceChildren(entityListSlot, entityButtons(drawnEntities(entities, pairs)));
    replaceChildren(relationshipTableSlot, relationshipTable(shown));
    // the lines above the canvas may have changed height: cytoscape must measure where it is again, or a click
    // lands on the wrong node
    cy.resize();
    hoveredPairId = null;
    const chosen = pairs.find((pair) => pair.id === chosenPairId);
    if (chosen) choosePair(chosen, false);
    else closePair();
  };

  const loadGraph = async () => {
    try {
      const [graph, allKnown] = await Promise.all([graphql(GRAPH), allEntities()]);
      if (disposed) return;
      entities = allKnown;
      allRelationships = graph.relationships.nodes;
      replaceChildren(
        graphStatus,
        allRelationships.length < graph.relationships.totalCount
          ? h(
              'p',
              { class: 'muted' },
              `Showing the first ${allRelationships.length} of ${graph.relationships.totalCount} relationships.`,
            )
          : null,
      );
      replaceChildren(pathForm, ...pathFormFields(entities, currentRoute));
      const types = relationshipTypes(allRelationships);
      filter = { types: new Set(types), status: 'ALL' };
      filterForm = relationshipFilterForm(types, (chosen) => {
        filter = chosen;
        redraw();
      });
      replaceChildren(filterSlot, filterForm.element);
      cy = createGraph(graphContainer);
      graphContainer.cy = cy;
      cy.on('tap', 'node', (event: EventObjectNode) =>
        navigate(href(['people', event.target.id()], Object.fromEntries(currentRoute.params))),
      );
      cy.on('tap', 'edge', (event: EventObjectEdge) => {
        const pair = pairs.find((candidate) => candidate.id === event.target.id());
        if (pair) choosePair(pair, true);
      });
      cy.on('mouseover', 'edge', (event: EventObjectEdge) => {
        hoveredPairId = event.target.id();
        refreshLabels();
      });
      cy.on('mouseout', 'edge', () => {
        hoveredPairId = null;
        refreshLabels();
      });
      redraw();
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
    h('li', {}, h('span', { class: 'line line-several', 'aria-hidden': 'true' }), 'several relationships'),
    h('li', { class: 'legend-hint' }, 'Point at a line to read it; click it to list its relationships.'),
  );
}
