/**
 * Claims linked as the same claim, on a claim's page: the "Same claim" button an editor presses on a match of the
 * "Checked before?" panel (linkSameClaim), and the list of the claims linked so far, each with an Unlink action
 * that asks why (unlinkSameClaim). Both need the token the review panel keeps for the tab; without one, the list
 * is shown and the actions are not.
 */
import { h, replaceChildren, uniqueId } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { LINK_SAME_CLAIM, UNLINK_SAME_CLAIM } from '../api/queries.js';
import { reviewerToken } from '../api/reviewerToken.js';
import type { ClaimStatus } from '../generated/graphql.js';
import { href } from '../router.js';
import { statusBadge } from './badges.js';
import { empty, errorMessage } from './feedback.js';
import { reasonForm } from './reasonForm.js';

/** What linking from a claim's page needs: the claim, the claims already linked, what to do after a change. */
export interface SameClaimLinking {
  claimId: string;
  linkedIds: ReadonlySet<string>;
  /** called after a link or unlink was written, with a sentence saying what changed */
  onChanged(message: string): void;
}

export interface LinkedClaim {
  id: string;
  text: string;
  status: ClaimStatus;
}

/** True when this tab holds a token to write with (the server checks its role). */
export function canLink(): boolean {
  return reviewerToken() !== null;
}

/** A match's "Same claim" button, or the note that it is linked already. */
export function sameClaimButton(linking: SameClaimLinking, match: { id: string; text: string }): HTMLElement {
  if (linking.linkedIds.has(match.id)) {
    return h(
      'p',
      { class: 'same-claim-action' },
      h('strong', { class: 'same-claim-linked' }, 'Linked as the same claim'),
    );
  }
  const message = h('span', { class: 'field-error', role: 'alert', hidden: true });
  const button = h(
    'button',
    { type: 'button', class: 'button', title: 'Link this claim to the claim of this page as the same claim' },
    'Same claim',
  );
  const wrapper = h('p', { class: 'same-claim-action' }, button, ' ', message);
  button.addEventListener('click', () => {
    void (async () => {
      button.disabled = true;
      message.hidden = true;
      try {
        const input = { claim: linking.claimId, sameAs: match.id };
        await graphql(LINK_SAME_CLAIM, { input }, { token: reviewerToken() });
        replaceChildren(wrapper, h('strong', { class: 'same-claim-linked' }, 'Linked as the same claim'));
        linking.onChanged(`Linked as the same claim: ${match.text}`);
      } catch (error) {
        message.hidden = false;
        message.textContent = `Not linked. ${errorMessage(error)}`;
        button.disabled = false;
      }
    })();
  });
  return wrapper;
}

/**
 * The claims linked as the same claim as this page's claim, each with Unlink for a signed-in editor; `linking` is
 * null where nothing may change (a retracted claim).
 */
export function sameClaimsSection(linking: SameClaimLinking | null, claims: readonly LinkedClaim[]): HTMLElement[] {
  return [
    h('h2', { id: 'same-claims-heading' }, `Linked as the same claim (${claims.length})`),
    claims.length === 0
      ? empty('No claim is linked as the same claim. Link one from “Checked before?” above.')
      : h(
          'ul',
          { class: 'same-claims' },
          claims.map((claim) =>
            h(
              'li',
              { class: 'same-claim', dataset: { claim: claim.id } },
              h('p', {}, h('a', { href: href(['claim', claim.id]) }, claim.text), ' ', statusBadge(claim.status)),
              linking && canLink() ? unlinkControl(linking, claim) : null,
            ),
          ),
        ),
  ];
}

/** "Unlink", which opens a small form asking for the reason; the link is removed only with one. */
function unlinkControl(linking: SameClaimLinking, claim: LinkedClaim): HTMLElement {
  const slot = h('div', { class: 'unlink' });
  const open = h('button', { type: 'button', class: 'button link' }, 'Unlink');
  const showButton = () => replaceChildren(slot, open);
  open.addEventListener('click', () => {
    const { form, reasonControl } = reasonForm({
      className: 'unlink-form',
      reasonLabel: 'Why is it not the same claim?',
      reasonControl: h('input', {
        type: 'text',
        name: 'reason',
        id: uniqueId('unlink-reason'),
        autocomplete: 'off',
        required: true,
      }),
      missingReason: 'Say why, for the claims’ history.',
      submitLabel: 'Unlink',
      failurePrefix: 'Not unlinked.',
      onCancel: showButton,
      send: async (why) => {
        const input = { claim: linking.claimId, sameAs: claim.id, reason: why };
        await graphql(UNLINK_SAME_CLAIM, { input }, { token: reviewerToken() });
        linking.onChanged(`Unlinked: ${claim.text}`);
      },
    });
    replaceChildren(slot, form);
    reasonControl.focus();
  });
  showButton();
  return slot;
}
