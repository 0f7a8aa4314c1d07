/**
 * One button per drawn edge, "John Legend and Kanye West: 3 relationships": what a click on the edge does, for a
 * keyboard. Focusing a button shows that edge's label on the canvas, as hovering the edge does.
 */
import { h } from '../../dom.js';
import { empty } from '../../components/feedback.js';
import { pairNames, type RelationshipPair } from './relationshipPairs.js';

export interface ConnectionHandlers {
  choose: (pair: RelationshipPair) => void;
  /** the pair whose edge a button points at, or null when focus leaves it */
  point: (pair: RelationshipPair | null) => void;
}

export function connectionList(pairs: readonly RelationshipPair[], handlers: ConnectionHandlers): HTMLElement {
  if (pairs.length === 0) return empty('No connection matches the filter.');
  return h(
    'ul',
    { class: 'chips connections' },
    pairs.map((pair) => {
      const count = pair.relationships.length;
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'chip connection',
            dataset: { pair: pair.id },
            onClick: () => handlers.choose(pair),
            onFocus: () => handlers.point(pair),
            onBlur: () => handlers.point(null),
          },
          `${pairNames(pair)}: ${count} relationship${count === 1 ? '' : 's'}`,
        ),
      );
    }),
  );
}
