/**
 * One claim: its text (an editor's completions marked), its claimants (those only reported to make it as "X,
 * according to Y", with the spans that say so) and subjects, its status and how that is known, every appearance as
 * the source sentence with the span highlighted and whose voice it is in, the statements that dispute it, its
 * review history, and the reviewer's form. A review recorded anywhere (this page, another tab, another
 * fact-checker) shows up here live.
 */
import { h, replaceChildren } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { onClaimReviewed, onResync } from '../api/liveUpdates.js';
import { CLAIM_DETAIL } from '../api/queries.js';
import type { ClaimDetailQuery } from '../generated/graphql.js';
import { entityLink, entityList, ratingText, stanceBadge, statusBadge } from '../components/badges.js';
import {
  basisBadge,
  claimantLine,
  claimantList,
  completionNotes,
  textWithCompletions,
  voiceCaption,
} from '../components/provenance.js';
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
            .concat(claim.disputedBy.nodes.flatMap((statement) => statement.evidence.map((span) => span.document.id)))
            .concat(
              claim.claimantAttributions.flatMap((claimant) => claimant.evidence.map((span) => span.document.id)),
            ),
        );
        if (disposed) return;
        replaceChildren(
          body,
          claimHeader(claim),
          statusSlot,
          claimantsSection(claim, texts),
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
    claim.completions.length > 0
      ? h(
          'div',
          { class: 'claim-text' },
          h('p', {}, textWithCompletions(claim.text, claim.completions)),
          completionNotes(claim.completions),
        )
      : null,
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, claim.claimantAttributions.length === 1 ? 'Claimant' : 'Claimants'),
      h('dd', { class: 'claimants' }, claimantList(claim.claimantAttributions)),
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
    h('dt', {}, 'How the status is known'),
    h('dd', { class: 'status-basis' }, basisBadge(claim.statusBasis)),
    h('dt', {}, 'Current rating'),
    h('dd', {}, ratingText(claim.currentReview)),
  );
}

function claimantsSection(claim: ClaimDetail, texts: Map<string, string | null>): HTMLElement {
  return h(
    'section',
    { class: 'claimant-evidence', 'aria-labelledby': 'claimants-heading' },
    h('h2', { id: 'claimants-heading' }, 'Who makes it'),
    h(
      'ol',
      { class: 'evidence-list' },
      claim.claimantAttributions.map((attribution) =>
        h(
          'li',
          {},
          h(
            'p',
            { class: 'statement-line' },
            claimantLine(attribution, 'claimant-attribution'),
            attribution.reportedBy
              ? h(
                  'span',
                  { class: 'muted' },
                  ' (only reported: an allegation by the reporter, not the claimant’s own words)',
                )
              : null,
          ),
          attribution.evidence.map((span) => evidenceInContext(span, texts.get(span.document.id))),
        ),
      ),
    ),
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
                caption: h(
                  'span',
                  {},
                  voiceCaption(appearance.voice),
                  appearance.statement
                    ? [
                        ' — ',
                        h(
                          'a',
                          { href: href(['statement', appearance.statement.id]) },
                          appearance.voice.kind === 'DOCUMENT'
                            ? 'the narration'
                            : appearance.statement.isDirectQuote
                              ? 'a direct quote'
                              : 'a paraphrase',
                        ),
                      ]
                    : null,
                ),
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
