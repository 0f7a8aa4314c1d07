/**
 * The reviewer's bearer token: entered once, kept in sessionStorage only (gone when the tab closes; never in
 * localStorage, a cookie or the address), sent only with mutations.
 */
const KEY = 'claimgraph.reviewerToken';

export function reviewerToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveReviewerToken(token: string): void {
  window.sessionStorage.setItem(KEY, token.trim());
}

export function forgetReviewerToken(): void {
  window.sessionStorage.removeItem(KEY);
}
