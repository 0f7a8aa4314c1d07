/**
 * One claim: its text (an editor's completions marked), its claimants (those only reported to make it as "X,
 * according to Y", with the spans that say so) and subjects, its status and how that is known, every appearance as
 * the source sentence with the span highlighted and whose voice it is in, the statements that dispute it, its
 * review history, the claims linked to it as the same claim, and the reviewer's form. A review recorded anywhere (this page, another tab, another
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
import { checkedBeforePanel, type CheckedBeforePanel } from '../components/checkedBefore.js';
import { factCheckList } from '../components/publishedFactChecks.js';
import { isMissingRecord, notFoundMessage, notFoundTitle } from '../components/notFound.js';
import { ownReviewActions, reviewPanel, type ReviewPanel, type Viewer } from '../components/reviewForm.js';
import { sameClaimsSection, type SameClaimLinking } from '../components/sameClaims.js';
import { dateTimeText, partialDateElement, partialDateText } from '../format/partialDate.js';
import { contestedText, ratingWords, verdictBucketText } from '../format/labels.js';
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
  // the reviewer signed in on the review panel (checked with the server), their panel, and the reviews shown, so
  // the history can offer Edit and Withdraw on the viewer's own reviews
  let viewer: Viewer | null = null;
  let panel: ReviewPanel | null = null;
  let shownReviews: { nodes: Review[]; total: number } = { nodes: [], total: 0 };
  // reviews this page wrote: the panel has said so already, so their live event adds no second notice
  const writtenHere = new Set<string>();
  const renderReviews = () =>
    replaceChildren(
      reviewsSlot,
      reviewHistory(shownReviews.nodes, shownReviews.total, (review) =>
        panel ? ownReviewActions(review, viewer, panel) : null,
      ),
    );
  let checkedBefore: CheckedBeforePanel | null = null;
  // the claims linked as the same claim, re-read on every load; the matches' buttons follow them
  const sameClaimsSlot = h('section', { class: 'same-claims-section', 'aria-labelledby': 'same-claims-heading' });
  let linkedIds: ReadonlySet<string> = new Set();
  const linking: SameClaimLinking = {
    claimId: id,
    get linkedIds() {
      return linkedIds;
    },
    onChanged: (message) => {
      announce(message);
      void load(false);
    },
  };
  const showNotFound = () => {
    setTitle(notFoundTitle('claim'));
    replaceChildren(body, notFoundMessage('claim'));
  };

  const load = async (initial: boolean) => {
    try {
      const data = await graphql(CLAIM_DETAIL, { id });
      if (disposed) return;
      const claim = data.node;
      if (!hasSelection(claim, 'text')) {
        showNotFound();
        return;
      }
      replaceChildren(statusSlot, statusLine(claim));
      shownReviews = { nodes: claim.reviews.nodes, total: claim.reviews.totalCount };
      renderReviews();
      const linkedNow = new Set(claim.sameClaims.map((same) => same.id));
      const linksChanged = [...linkedNow].join(' ') !== [...linkedIds].join(' ');
      linkedIds = linkedNow;
      linking.claimId = claim.id;
      replaceChildren(sameClaimsSlot, ...sameClaimsSection(claim.retraction ? null : linking, claim.sameClaims));
      if (linksChanged && !initial && formRendered) void checkedBefore?.load();
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
        checkedBefore?.dispose();
        checkedBefore = checkedBeforePanel({
          text: claim.text,
          excludeClaimId: claim.id,
          headingLevel: 2,
          subject: 'this claim',
          linking: claim.retraction ? undefined : linking,
        });
        void checkedBefore.load();
        panel = claim.retraction
          ? null
          : reviewPanel({
              claimId: claim.id,
              claimSlug: claim.slug,
              status: claim.status,
              onWritten: (reviewId) => {
                if (reviewId !== null) writtenHere.add(reviewId);
                void load(false);
              },
              onViewer: (signedIn) => {
                viewer = signedIn;
                renderReviews();
              },
            });
        replaceChildren(
          body,
          claimHeader(claim),
          statusSlot,
          publishedElsewhereSection(claim),
          checkedBefore.element,
          sameClaimsSlot,
          claimantsSection(claim, texts),
          appearancesSection(claim, texts),
          disputesSection(claim, texts),
          reviewsSlot,
          panel?.element ?? null,
        );
        formRendered = true;
        // "Seen N×" in the claims list links here with section=appearances: bring that section into view and focus
        if (initial && route.params.get('section') === 'appearances') {
          const heading = body.querySelector<HTMLElement>('#appearances-heading');
          heading?.setAttribute('tabindex', '-1');
          heading?.scrollIntoView();
          heading?.focus();
        }
      }
    } catch (error) {
      if (disposed) return;
      if (isMissingRecord(error)) showNotFound();
      else
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
    // the signed-in reviewer's own write was announced by the review panel (its event may even come first)
    if (!writtenHere.has(event.review.id) && event.review.reviewer !== viewer?.displayName)
      announce(`${event.review.reviewer} just reviewed this claim: ${event.review.ratingLabel}.`);
    void load(false);
  });
  const stopResync = onResync(() => void load(false));
  return () => {
    disposed = true;
    checkedBefore?.dispose();
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

/** What other organizations published about this very claim. */
function publishedElsewhereSection(claim: ClaimDetail): HTMLElement {
  return h(
    'section',
    { class: 'published-elsewhere', 'aria-labelledby': 'published-elsewhere-heading' },
    h('h2', { id: 'published-elsewhere-heading' }, `Fact-checks published elsewhere (${claim.factChecks.length})`),
    claim.factChecks.length === 0
      ? empty('No other organization’s fact-check of this claim is recorded.')
      : factCheckList(claim.factChecks),
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
    h('h2', { id: 'disputes-heading' }, contestedText(claim.disputedBy.totalCount)),
    disputes.length === 0
      ? empty('No statement argues against this claim.')
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

function reviewHistory(
  reviews: Review[],
  total: number,
  actionsFor: (review: Review) => HTMLElement | null,
): HTMLElement[] {
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
                // the scale's own words, and the verdict bucket apart, so "4 · Mostly true" never reads as "True"
                h(
                  'span',
                  {
                    class: `rating verdict-${review.verdict.toLowerCase()}`,
                    dataset: { rating: String(review.ratingValue) },
                  },
                  ratingWords(review.ratingValue, review.ratingLabel),
                ),
                h('span', { class: 'muted' }, ` · ${verdictBucketText(review.verdict)} · by ${review.reviewer} · `),
                h('time', { datetime: review.reviewedAt }, dateTimeText(review.reviewedAt)),
                review.retraction ? h('strong', {}, ` · retracted: ${review.retraction.reason}`) : null,
                ' ',
                actionsFor(review),
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
