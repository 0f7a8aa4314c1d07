/** Small labelled pieces used across views: status, stance, rating, entity links. */
import { h } from '../dom.js';
import { href } from '../router.js';
import { ENTITY_TYPE_LABELS, STANCE_LABELS, STATUS_LABELS, verdictBucketText } from '../format/labels.js';
import type {
  ClaimStatus,
  EntityRefFragment as EntityRef,
  ReviewSummaryFragment as ReviewSummary,
  Stance,
} from '../generated/graphql.js';

export function statusBadge(status: ClaimStatus): HTMLElement {
  return h(
    'span',
    { class: `badge status-${status.toLowerCase().replace('_', '-')}`, dataset: { status } },
    STATUS_LABELS[status],
  );
}

export function stanceBadge(stance: Stance): HTMLElement {
  return h('span', { class: `badge stance-${stance.toLowerCase()}`, dataset: { stance } }, STANCE_LABELS[stance]);
}

export function ratingText(review: ReviewSummary | null): HTMLElement {
  if (!review) return h('span', { class: 'muted' }, 'not rated');
  return h(
    'span',
    { class: `rating verdict-${review.verdict.toLowerCase()}`, dataset: { rating: String(review.ratingValue) } },
    h('span', { class: 'rating-value' }, `${review.ratingValue}/5`),
    ' ',
    review.ratingLabel,
    h('span', { class: 'visually-hidden' }, ` (${verdictBucketText(review.verdict)})`),
  );
}

/** A link to the entity's place in the people view. */
export function entityLink(entity: EntityRef): HTMLElement {
  return h(
    'a',
    {
      href: href(['people', entity.id]),
      class: `entity entity-${entity.entityType.toLowerCase()}`,
      title: ENTITY_TYPE_LABELS[entity.entityType],
    },
    entity.name,
  );
}

export function entityList(entities: EntityRef[]): HTMLElement {
  const list = h('span', { class: 'entity-list' });
  entities.forEach((entity, index) => {
    if (index > 0) list.append(', ');
    list.append(entityLink(entity));
  });
  return list;
}
