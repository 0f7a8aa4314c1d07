/**
 * One claim: its text, claimant and subjects, every appearance as the source sentence with the span highlighted,
 * the statements that dispute it, its review history, and the reviewer's form. A review recorded anywhere (this
 * page, another tab, another fact-checker) shows up here live.
 */
import { h, replaceChildren } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { onClaimReviewed, onResync } from '../api/liveUpdates.js';
import { CLAIM_DETAIL } from '../api/queries.js';
import type { ClaimDetailQuery } from '../generated/graphql.js';
import { entityLink, entityList, ratingText, stanceBadge, statusBadge } from '../components/badges.js';
import { documentTexts, evidenceInContext } from '../components/evidenceInContext.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { reviewPanel } from '../components/reviewForm.js';
import { dateTimeText, partialDateElement, partialDateText } from '../format/partialDate.js';
import { VERDICT_LABELS } from '../format/labels.js';
import { href } from '../router.js';
import type { View } from './view.js';

/** The query's `node` when it is the claim asked for (its `... on Claim` selection). */
type ClaimDetail = Extract<NonNullable<ClaimDetailQuery['node']>, { text: string }>;
type Review = ClaimDetail['reviews']['nodes'][number];

export const claimDetailView: View = ({ main, route, setTitle, announce }) => {
  const id = route.segments[1] ?? '';
  setTitle('Claim');
  const body = h('div', { class: 'claim-detail', 'aria-busy': 'true' }, loading('the claim'));
  main.append(body);
  let disposed = false;
  // parts re-rendered on their own when a review arrives, so a half-written review form is never lost
  const statusSlot = h('div', { class: 'claim-status' });
  const reviewsSlot = h('section', { class: 'reviews', 'aria-labelledby': 'reviews-heading' });
  let formRendered = false;

  const load = async (initial: boolean) => {
    try {
      const data = await graphql(CLAIM_DETAIL, { id });
      if (disposed) return;
      const claim = data.node;
      if (!hasSelection(claim, 'text')) {
        replaceChildren(body, errorBox(new Error('There is no claim with this id.')));
        return;
      }
      replaceChildren(statusSlot, statusLine(claim));
      replaceChildren(reviewsSlot, reviewHistory(claim.reviews.nodes, claim.reviews.totalCount));
      if (initial || !formRendered) {
        setTitle(claim.text);
        const texts = await documentTexts(
          claim.appearances.nodes
            .map((appearance) => appearance.evidence.document.id)
            .concat(claim.disputedBy.nodes.flatMap((statement) => statement.evidence.map((span) => span.document.id))),
        );
        if (disposed) return;
        replaceChildren(
          body,
          claimHeader(claim),
          statusSlot,
          appearancesSection(claim, texts),
          disputesSection(claim, texts),
          reviewsSlot,
          claim.retraction
            ? null
            : reviewPanel({
                claimId: claim.id,
                status: claim.status,
                onWritten: (message) => {
                  announce(message);
                  void load(false);
                },
              }),
        );
        formRendered = true;
      }
    } catch (error) {
      if (!disposed)
        replaceChildren(
          body,
          errorBox(error, () => void load(true)),
        );
    } finally {
      body.setAttribute('aria-busy', 'false');
    }
  };
  void load(true);

  const stopReviewed = onClaimReviewed((event) => {
    if (event.claim.id !== id) return;
    announce(`${event.review.reviewer} just reviewed this claim: ${event.review.ratingLabel}.`);
    void load(false);
  });
  const stopResync = onResync(() => void load(false));
  return () => {
    disposed = true;
    stopReviewed();
    stopResync();
  };
};

function claimHeader(claim: ClaimDetail): HTMLElement {
  return h(
    'header',
    { class: 'claim-header' },
    h('p', { class: 'breadcrumb' }, h('a', { href: href(['claims']) }, '← All claims')),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Claimant'),
      h('dd', { class: 'claimant' }, entityLink(claim.claimant)),
      h('dt', {}, 'About'),
      h('dd', {}, entityList(claim.about)),
      claim.retraction
        ? [
            h('dt', {}, 'Retracted'),
            h('dd', {}, `${dateTimeText(claim.retraction.retractedAt)}: ${claim.retraction.reason}`),
          ]
        : null,
    ),
  );
}

function statusLine(claim: ClaimDetail): HTMLElement {
  return h(
    'dl',
    { class: 'facts status-facts' },
    h('dt', {}, 'Status'),
    h('dd', {}, statusBadge(claim.status)),
    h('dt', {}, 'Current rating'),
    h('dd', {}, ratingText(claim.currentReview)),
  );
}

function appearancesSection(claim: ClaimDetail, texts: Map<string, string | null>): HTMLElement {
  const appearances = claim.appearances.nodes;
  return h(
    'section',
    { class: 'appearances', 'aria-labelledby': 'appearances-heading' },
    h('h2', { id: 'appearances-heading' }, `Where it appears (${claim.appearances.totalCount})`),
    appearances.length === 0
      ? empty('No appearance recorded.')
      : h(
          'ol',
          { class: 'evidence-list' },
          appearances.map((appearance) =>
            h(
              'li',
              {},
              evidenceInContext(appearance.evidence, texts.get(appearance.evidence.document.id), {
                caption: appearance.statement
                  ? h(
                      'span',
                      {},
                      'In ',
                      h(
                        'a',
                        { href: href(['statement', appearance.statement.id]) },
                        appearance.statement.isDirectQuote ? 'a direct quote' : 'a paraphrase',
                      ),
                      ' of ',
                      entityLink(appearance.statement.speaker),
                    )
                  : h('span', {}, 'In the voice of the document itself'),
              }),
            ),
          ),
        ),
  );
}

function disputesSection(claim: ClaimDetail, texts: Map<string, string | null>): HTMLElement {
  const disputes = claim.disputedBy.nodes;
  return h(
    'section',
    { class: 'disputes', 'aria-labelledby': 'disputes-heading' },
    h('h2', { id: 'disputes-heading' }, `Disputed by (${claim.disputedBy.totalCount})`),
    disputes.length === 0
      ? empty('No statement disputes this claim.')
      : h(
          'ol',
          { class: 'evidence-list' },
          disputes.map((statement) =>
            h(
              'li',
              {},
              h(
                'p',
                { class: 'statement-line' },
                entityLink(statement.speaker),
                statement.isDirectQuote ? ' said' : ' (paraphrased)',
                statement.saidOn ? [' in ', partialDateText(statement.saidOn)] : null,
                ' — ',
                h('a', { href: href(['statement', statement.id]) }, 'open statement'),
                ' ',
                statement.mentions.map((mention) =>
                  h('span', { class: 'mention' }, stanceBadge(mention.stance), ' ', mention.entity.name),
                ),
              ),
              statement.evidence.map((span) => evidenceInContext(span, texts.get(span.document.id))),
            ),
          ),
        ),
  );
}

function reviewHistory(reviews: Review[], total: number): HTMLElement[] {
  return [
    h('h2', { id: 'reviews-heading' }, `Review history (${total})`),
    reviews.length === 0
      ? empty('No review yet.')
      : h(
          'ol',
          { class: 'review-list' },
          reviews.map((review) =>
            h(
              'li',
              { class: review.retraction ? 'review retracted' : 'review', dataset: { review: review.id } },
              h(
                'p',
                { class: 'review-head' },
                ratingText(review),
                h(
                  'span',
                  { class: 'muted' },
                  ` · verdict: ${VERDICT_LABELS[review.verdict].toLowerCase()} · by ${review.reviewer} · `,
                ),
                h('time', { datetime: review.reviewedAt }, dateTimeText(review.reviewedAt)),
                review.retraction ? h('strong', {}, ` · retracted: ${review.retraction.reason}`) : null,
              ),
              h('p', { class: 'review-explanation' }, review.explanation),
              review.sources.length > 0
                ? h(
                    'ul',
                    { class: 'review-sources' },
                    review.sources.map((source) =>
                      h(
                        'li',
                        {},
                        h('a', { href: source.url, rel: 'noopener noreferrer' }, source.title),
                        source.accessed ? [' · consulted ', partialDateElement(source.accessed)] : null,
                      ),
                    ),
                  )
                : null,
            ),
          ),
        ),
  ];
}
