/**
 * A page that lists one kind of record, a page at a time: a lede, then a slot that shows the loading state, the
 * list, or one error box whose retry loads the page again. The list pages (documents, events) differ only in their
 * query and their table, which they pass in.
 */
import { h, replaceChildren } from '../dom.js';
import type { View } from '../views/view.js';
import { errorBox, loading } from './feedback.js';
import { pageSize, pageVariables } from './pager.js';

export interface PagedListPage<TData> {
  title: string;
  /** what is being loaded, for the loading state ("documents") */
  noun: string;
  lede: string;
  defaultPageSize: number;
  /** the page the address asks for */
  fetch: (variables: ReturnType<typeof pageVariables>) => Promise<TData>;
  render: (data: TData, params: URLSearchParams, size: number) => HTMLElement;
}

export function pagedListPage<TData>(page: PagedListPage<TData>): View {
  return ({ main, route, setTitle }) => {
    setTitle(page.title);
    const size = pageSize(route.params, page.defaultPageSize);
    const listSlot = h('div', { class: 'table-slot', 'aria-live': 'polite', 'aria-busy': 'true' }, loading(page.noun));
    main.append(h('p', { class: 'lede' }, page.lede), listSlot);
    let disposed = false;
    const load = async () => {
      listSlot.setAttribute('aria-busy', 'true');
      try {
        const data = await page.fetch(pageVariables(route.params, size));
        if (!disposed) replaceChildren(listSlot, page.render(data, route.params, size));
      } catch (error) {
        if (!disposed)
          replaceChildren(
            listSlot,
            errorBox(error, () => void load()),
          );
      } finally {
        listSlot.setAttribute('aria-busy', 'false');
      }
    };
    void load();
    return () => {
      disposed = true;
    };
  };
}
