/**
 * GraphiQL marks each tab's <li> as a `tab` with two buttons inside it (the tab's name and its close button). A
 * tab's children are presentational to assistive technology, so the buttons inside are not reachable as controls
 * there, and axe-core reports the nesting (nested-interactive); nor may a tablist hold the close buttons beside its
 * tabs. So the tab bar is made what it works as: a labelled list of buttons, the open tab's marked
 * `aria-current`. The state is kept in step with the one React goes on setting on the <li> when tabs switch.
 */

const TAB_LIST = '.graphiql-tabs';
const TAB_BUTTON = '.graphiql-tab-button';

function retagTabList(list: HTMLElement): void {
  if (list.hasAttribute('role')) list.removeAttribute('role');
  for (const item of list.querySelectorAll<HTMLElement>(':scope > li')) {
    const button = item.querySelector<HTMLElement>(TAB_BUTTON);
    if (!button) continue;
    if (item.hasAttribute('aria-selected')) {
      if (item.getAttribute('aria-selected') === 'true') button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
      item.removeAttribute('aria-selected');
    }
    if (item.hasAttribute('role')) item.removeAttribute('role');
  }
}

function retagAll(root: ParentNode): void {
  for (const list of root.querySelectorAll<HTMLElement>(TAB_LIST)) retagTabList(list);
}

/** Keeps GraphiQL's tab bar, under `root`, a list of buttons for as long as the page lives. */
export function keepTabBarAccessible(root: HTMLElement): void {
  retagAll(root);
  new MutationObserver(() => retagAll(root)).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-selected', 'role'],
  });
}
