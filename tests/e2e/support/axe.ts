/**
 * axe-core's WCAG 2 A and AA audit of a page as it is now. axe is injected as a script, which the dashboard's own
 * Content-Security-Policy rightly forbids: audit pages in a context made with `bypassCSP: true`.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per violation: its rule, what it asks, and the elements that break it. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate<{ id: string; help: string; targets: string[] }[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } }).then((result) =>
      result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))`,
  );
  return violations.map((violation) => `${violation.id} (${violation.help}) at ${violation.targets.join(', ')}`);
}
