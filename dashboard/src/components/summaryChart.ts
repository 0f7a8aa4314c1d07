/**
 * The factCheckSummary figures as two small bar charts drawn in SVG (no chart library, nothing fetched): claims
 * by status and claims by current rating. Each chart is an image with a text alternative listing its figures,
 * and every bar also carries its number as visible text. (Filtering is the filter form's job: links inside an
 * image would be controls no assistive technology can reach.)
 */
import { h, s } from '../dom.js';
import { href } from '../router.js';
import { contestedText, STATUS_LABELS } from '../format/labels.js';
import type { SummaryQuery } from '../generated/graphql.js';

type FactCheckSummary = SummaryQuery['factCheckSummary'];

interface Bar {
  label: string;
  count: number;
  className: string;
}

const WIDTH = 320;
const LABEL_WIDTH = 110;
const ROW = 26;

function barChart(title: string, bars: Bar[]): HTMLElement {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const height = bars.length * ROW + 4;
  const description = `${title}: ${bars.map((bar) => `${bar.label} ${bar.count}`).join(', ')}.`;
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: '100%',
      role: 'img',
      'aria-label': description,
      class: 'chart',
      preserveAspectRatio: 'xMinYMin meet',
    },
    s('title', {}, description),
    bars.map((bar, index) => {
      const y = index * ROW + 2;
      const barWidth = Math.round(((WIDTH - LABEL_WIDTH - 40) * bar.count) / max);
      return s(
        'g',
        { class: `bar ${bar.className}` },
        s('text', { x: 0, y: y + 16, class: 'bar-label' }, bar.label),
        s('rect', {
          x: LABEL_WIDTH,
          y: y + 3,
          width: Math.max(bar.count > 0 ? 2 : 0, barWidth),
          height: ROW - 8,
          rx: 3,
        }),
        s('text', { x: LABEL_WIDTH + barWidth + 6, y: y + 16, class: 'bar-count' }, String(bar.count)),
      );
    }),
  );
  return h('figure', { class: 'chart-figure' }, h('figcaption', {}, title), svg);
}

export function summaryCharts(summary: FactCheckSummary): HTMLElement {
  const byStatus = barChart(
    'Claims by status',
    summary.byStatus.map((entry) => ({
      label: STATUS_LABELS[entry.status],
      count: entry.count,
      className: `status-${entry.status.toLowerCase().replace('_', '-')}`,
    })),
  );
  const byRating = barChart(
    'Claims by current rating',
    summary.byRating.map((entry) => ({
      label: entry.ratingValue === null ? 'Not rated' : `${entry.ratingValue} · ${entry.ratingLabel ?? ''}`.trim(),
      count: entry.count,
      className: entry.ratingValue === null ? 'rating-none' : `rating-${entry.ratingValue}`,
    })),
  );
  const disputed = summary.mostDisputed.filter((entry) => entry.disputeCount > 0);
  return h(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-heading' },
    h(
      'h2',
      { id: 'summary-heading' },
      'Fact-check summary',
      h('span', { class: 'muted' }, ` · ${summary.totalClaims} claims`),
    ),
    h('div', { class: 'charts' }, byStatus, byRating),
    disputed.length > 0
      ? h(
          'div',
          { class: 'most-disputed' },
          h('h3', {}, 'Most contested'),
          h(
            'ol',
            {},
            disputed.map((entry) =>
              h(
                'li',
                {},
                h('a', { href: href(['claim', entry.claim.id]) }, entry.claim.text),
                h(
                  'span',
                  { class: 'muted' },
                  ` — ${contestedText(entry.disputeCount).toLowerCase()}, ${entry.reviewCount} review${entry.reviewCount === 1 ? '' : 's'}`,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
