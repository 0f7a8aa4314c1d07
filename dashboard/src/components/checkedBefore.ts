/**
 * "Checked before?": the claims claimgraph already holds that are most likely the same claim as a text (the API's
 * `similarClaims`), each with who makes it and the verdict it has, so that a fact-checker does not check twice.
 * Likely matches are listed; claims that only share words are kept behind a disclosure, and when nothing is likely
 * the panel says that no earlier check was found. One request per load; a failure shows one error box whose
 * button asks again. On a claim's page, a signed-in editor may link a match to the claim as the same claim
 * (./sameClaims.ts).
 */
import { h, replaceChildren, uniqueId } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { SIMILAR_CLAIMS } from '../api/queries.js';
import type { SimilarClaimsQuery } from '../generated/graphql.js';
import { entityList, ratingText, statusBadge } from './badges.js';
import { errorBox, loading } from './feedback.js';
import { factCheckList } from './publishedFactChecks.js';
import { canLink, sameClaimButton, type SameClaimLinking } from './sameClaims.js';
import { dateTimeText } from '../format/partialDate.js';
import {
  MATCH_STRENGTH_LABELS,
  matchStrength,
  SCORE_EXPLANATION,
  scoreText,
  type MatchStrength,
} from '../format/matchStrength.js';
import { href } from '../router.js';

type SimilarClaim = SimilarClaimsQuery['similarClaims']['nodes'][number];

/** How many matches are shown at most. */
export const MAX_MATCHES = 5;

export interface CheckedBeforeOptions {
  /** the text to look for: a claim's text, a drafted statement's words */
  text: string;
  /** the claim the page is about, which is not an earlier check of itself */
  excludeClaimId?: string;
  /** the panel heading's level, to fit the page's outline */
  headingLevel: 2 | 3 | 4;
  /** what the text is, for the lede: "this claim", "these words" */
  subject: string;
  /** on a claim's page: each match gets a "Same claim" button for a signed-in editor */
  linking?: SameClaimLinking;
}

export interface CheckedBeforePanel {
  element: HTMLElement;
  /** asks the API (again) and shows the answer */
  load: () => Promise<void>;
  /** stops a pending answer from being shown (the page was left) */
  dispose: () => void;
}

export function checkedBeforePanel(options: CheckedBeforeOptions): CheckedBeforePanel {
  const headingId = uniqueId('checked-before');
  const results = h('div', { class: 'checked-before-results', 'aria-live': 'polite', 'aria-busy': 'false' });
  const element = h(
    'section',
    { class: 'checked-before', 'aria-labelledby': headingId },
    h(`h${options.headingLevel}`, { id: headingId }, 'Checked before?'),
    h(
      'p',
      { class: 'muted checked-before-lede' },
      `Claims already in claimgraph that are most likely the same as ${options.subject}, with their verdicts. `,
      SCORE_EXPLANATION,
    ),
    results,
  );
  let disposed = false;
  let request = 0;

  const load = async () => {
    const mine = ++request;
    results.setAttribute('aria-busy', 'true');
    replaceChildren(results, loading('earlier checks'));
    try {
      const data = await graphql(SIMILAR_CLAIMS, { text: options.text });
      if (disposed || mine !== request) return;
      const matches = data.similarClaims.nodes
        .filter((match) => match.claim.id !== options.excludeClaimId)
        .slice(0, MAX_MATCHES);
      replaceChildren(results, matchesElement(matches, options.linking), rankingNote(data.similarClaims.ranking));
    } catch (error) {
      if (disposed || mine !== request) return;
      replaceChildren(
        results,
        errorBox(error, () => void load()),
      );
    } finally {
      if (mine === request) results.setAttribute('aria-busy', 'false');
    }
  };
  return {
    element,
    load,
    dispose: () => {
      disposed = true;
    },
  };
}

/** The likely matches as a list; the weak ones, or the lack of any, said as such. */
function matchesElement(matches: SimilarClaim[], linking: SameClaimLinking | undefined): HTMLElement {
  const likely = matches.filter((match) => matchStrength(match.score) !== 'weak');
  const weak = matches.filter((match) => matchStrength(match.score) === 'weak');
  const weakList =
    weak.length > 0
      ? h(
          'details',
          { class: 'weak-matches' },
          h(
            'summary',
            {},
            `${weak.length} claim${weak.length === 1 ? '' : 's'} sharing only some words (unlikely the same claim)`,
          ),
          matchList(weak, linking),
        )
      : null;
  return h(
    'div',
    {},
    likely.length > 0
      ? matchList(likely, linking)
      : h(
          'p',
          { class: 'checked-before-none' },
          h('strong', {}, 'No earlier check found'),
          ': no claim in claimgraph is likely the same claim.',
        ),
    weakList,
  );
}

/**
 * Said only when the ranking read words alone (semantic ranking off, or the server still embedding its claims): a
 * reworded earlier check may then rank lower than it would by meaning.
 */
function rankingNote(ranking: SimilarClaimsQuery['similarClaims']['ranking']): HTMLElement | null {
  if (ranking !== 'LEXICAL') return null;
  return h(
    'p',
    { class: 'muted ranking-note' },
    'Ranked by shared words only: ranking by meaning is off or not ready yet, so a reworded earlier check may rank lower.',
  );
}

function matchList(matches: SimilarClaim[], linking: SameClaimLinking | undefined): HTMLElement {
  return h(
    'ol',
    { class: 'similar-claims' },
    matches.map((match) => matchItem(match, linking)),
  );
}

function matchItem(match: SimilarClaim, linking: SameClaimLinking | undefined): HTMLElement {
  const strength = matchStrength(match.score);
  const claim = match.claim;
  return h(
    'li',
    { class: `similar-claim match-${strength}`, dataset: { strength } },
    h('p', { class: 'similar-claim-text' }, h('a', { href: href(['claim', claim.id]) }, claim.text)),
    h(
      'p',
      { class: 'similar-claim-meta' },
      strengthBadge(strength, match.score),
      claim.claimants.length > 0 ? [' · claimed by ', entityList(claim.claimants)] : null,
    ),
    verdictLine(claim),
    claim.factChecks.length > 0
      ? h(
          'div',
          { class: 'published-fact-checks' },
          h('p', {}, 'Published fact-checks:'),
          factCheckList(claim.factChecks),
        )
      : null,
    match.matchedTerms.length > 0
      ? h('p', { class: 'muted matched-terms' }, `Words in common: ${distinctTerms(match.matchedTerms).join(', ')}`)
      : null,
    linking && canLink() ? sameClaimButton(linking, claim) : null,
  );
}

/** The matched terms once each, whatever their case ("Kanye West" and "kanye west" are one). */
function distinctTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function strengthBadge(strength: MatchStrength, score: number): HTMLElement {
  return h(
    'span',
    { class: `match-strength strength-${strength}`, title: SCORE_EXPLANATION },
    h('strong', {}, MATCH_STRENGTH_LABELS[strength]),
    ' ',
    h('small', { class: 'match-score' }, `(${scoreText(score)})`),
  );
}

/** The newsroom's own verdict on the claim, or that it has none yet. */
function verdictLine(claim: SimilarClaim['claim']): HTMLElement {
  const review = claim.currentReview;
  return h(
    'p',
    { class: 'similar-claim-verdict' },
    review
      ? [
          'Our verdict: ',
          ratingText(review),
          h('span', { class: 'muted' }, ` · by ${review.reviewer}, ${dateTimeText(review.reviewedAt)}`),
        ]
      : ['Our verdict: none yet ', statusBadge(claim.status)],
  );
}
