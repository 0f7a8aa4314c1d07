/**
 * The relationship graph on a cytoscape canvas, laid out by force (fcose) from rings in a fixed order, so the
 * same data gives the same picture on every load. One edge per pair of entities; edge labels are not drawn until
 * asked for (a hover, a chosen edge, the selected entity's edges), and a label that would cover another one
 * already drawn is left off: the panel lists it instead.
 */
import cytoscape, { type BoundingBox12, type Core, type EdgeSingular, type ElementDefinition } from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { EntityRefFragment as EntityRef } from '../../generated/graphql.js';
import { pairLabel, type RelationshipPair } from './relationshipPairs.js';

cytoscape.use(fcose);

export const NODE_COLORS: Record<EntityRef['entityType'], string> = {
  PERSON: '#1d4e89',
  OUTLET: '#8a4b08',
  ORGANIZATION: '#2e6b30',
};

/** The status a drawn edge shows: its relationships' common status, or MIXED when they differ. */
function pairStatus(pair: RelationshipPair): string {
  const statuses = new Set(pair.relationships.map((relationship) => relationship.status));
  return statuses.size === 1 ? [...statuses][0] : 'MIXED';
}

/** The entities the graph draws: every person, and the outlets and organizations some drawn line reaches. */
export function drawnEntities(entities: readonly EntityRef[], pairs: readonly RelationshipPair[]): EntityRef[] {
  const connected = new Set(pairs.flatMap((pair) => [pair.source, pair.target]));
  return entities.filter((entity) => connected.has(entity.id) || entity.entityType === 'PERSON');
}

function graphElements(entities: readonly EntityRef[], pairs: readonly RelationshipPair[]): ElementDefinition[] {
  const nodes: ElementDefinition[] = drawnEntities(entities, pairs).map((entity) => ({
    data: { id: entity.id, label: entity.name, type: entity.entityType },
  }));
  const edges: ElementDefinition[] = pairs.map((pair) => ({
    data: {
      id: pair.id,
      source: pair.source,
      target: pair.target,
      label: pairLabel(pair),
      count: pair.relationships.length,
      status: pairStatus(pair),
      assertion: pair.relationships.every((relationship) => relationship.assertion === 'IMPLIED')
        ? 'IMPLIED'
        : 'STATED',
      forward: pair.relationships.some((relationship) => relationship.from.id === pair.source),
      backward: pair.relationships.some((relationship) => relationship.from.id === pair.target),
    },
  }));
  return [...nodes, ...edges];
}

const FORCE_LAYOUT: FcoseLayoutOptions = {
  name: 'fcose',
  // from the rings' positions rather than random ones (fcose then asks for its slowest, best quality)
  randomize: false,
  quality: 'proof',
  animate: false,
  fit: true,
  padding: 20,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 110,
  nodeRepulsion: 9000,
  nodeSeparation: 90,
};

/** Replaces what the canvas shows and lays it out again. */
export function showGraph(cy: Core, entities: readonly EntityRef[], pairs: readonly RelationshipPair[]): void {
  cy.elements().remove();
  cy.add(graphElements(entities, pairs));
  // the force layout starts from rings by number of relationships in a fixed box, not from the canvas's size:
  // the same picture on a phone and a laptop, only scaled
  cy.nodes()
    .sort((a, b) => a.id().localeCompare(b.id()))
    .layout({
      name: 'concentric',
      concentric: (node) => node.degree(false),
      levelWidth: () => 2,
      boundingBox: { x1: 0, y1: 0, w: 600, h: 600 },
      animate: false,
      fit: false,
    })
    .run();
  if (cy.edges().length > 0) cy.layout(FORCE_LAYOUT).run();
  else cy.fit(undefined, 20);
}

export function createGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': (node) => NODE_COLORS[node.data('type') as EntityRef['entityType']] ?? '#555',
          color: '#111',
          'font-size': 14,
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
          label: '',
          'curve-style': 'bezier',
          width: 'mapData(count, 1, 4, 2, 6)',
          'line-color': '#6b7280',
          'target-arrow-color': '#6b7280',
          'source-arrow-color': '#6b7280',
          'font-size': 12,
          color: '#1f2937',
          // level words read more easily on a phone than slanted ones, and take the smallest box
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-padding': '2px',
        },
      },
      { selector: 'edge[?forward]', style: { 'target-arrow-shape': 'triangle' } },
      { selector: 'edge[?backward]', style: { 'source-arrow-shape': 'triangle' } },
      {
        selector: 'edge[status = "STRAINED"]',
        style: { 'line-style': 'dashed', 'line-color': '#b45309', 'target-arrow-color': '#b45309' },
      },
      {
        selector: 'edge[status = "ENDED"]',
        style: { 'line-style': 'dotted', 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af' },
      },
      { selector: 'edge[assertion = "IMPLIED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 4] } },
      { selector: 'edge.labelled', style: { label: 'data(label)' } },
      { selector: 'edge.label-collides', style: { label: '' } },
      {
        selector: 'edge.chosen',
        style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'source-arrow-color': '#f59e0b' },
      },
      { selector: 'node.selected', style: { 'border-color': '#f59e0b', 'border-width': 4, width: 32, height: 32 } },
      { selector: 'node.on-path', style: { 'border-color': '#c026d3', 'border-width': 4 } },
      { selector: 'edge.on-path', style: { 'line-color': '#c026d3', 'target-arrow-color': '#c026d3', width: 4 } },
    ],
  });
}

/** The box an edge's label takes on the canvas (model coordinates), or null when it draws none. */
export function edgeLabelBox(edge: EdgeSingular): BoundingBox12 | null {
  if (!edge.style('label')) return null;
  const box = edge.boundingBox({
    includeLabels: true,
    includeNodes: false,
    includeEdges: false,
    includeOverlays: false,
    includeUnderlays: false,
  });
  return box.w > 0 && box.h > 0 ? box : null;
}

export function boxesOverlap(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Where a label may go, tried in turn: on its line, then just above or below it. */
const LABEL_OFFSETS = [0, -14, 14];

/**
 * Draws the labels of the given edges, most wanted first. A label that would cover one drawn before it moves just
 * above or below its line, preferably where no node is either; when no place is free it is left off: the words are
 * still in the panel and the table.
 */
export function labelEdges(cy: Core, wanted: readonly string[]): void {
  cy.edges().removeClass('labelled label-collides').removeStyle('text-margin-y');
  const nodeBoxes = cy.nodes().map((node) => node.boundingBox({ includeLabels: true }));
  const drawn: BoundingBox12[] = [];
  for (const id of new Set(wanted)) {
    const edge = cy.getElementById(id);
    if (edge.empty() || !edge.isEdge()) continue;
    edge.addClass('labelled');
    const placed =
      placeLabel(edge, (box) => [...drawn, ...nodeBoxes].every((other) => !boxesOverlap(other, box))) ??
      placeLabel(edge, (box) => drawn.every((other) => !boxesOverlap(other, box)));
    if (placed) drawn.push(placed);
    else edge.removeStyle('text-margin-y').addClass('label-collides');
  }
}

/** Moves the edge's label to the first offset where `free` accepts its box, and returns that box. */
function placeLabel(edge: EdgeSingular, free: (box: BoundingBox12) => boolean): BoundingBox12 | null {
  for (const offset of LABEL_OFFSETS) {
    edge.style('text-margin-y', offset);
    const box = edgeLabelBox(edge);
    if (box && free(box)) return box;
  }
  return null;
}
