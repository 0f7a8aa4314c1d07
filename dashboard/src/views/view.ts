/** What every view is: it renders into the main region for a route, and may return a cleanup for when it is left. */
import type { Route } from '../router.js';

export type Cleanup = () => void;

export interface ViewContext {
  /** the <main> element the view renders into */
  main: HTMLElement;
  route: Route;
  /** sets the document title and the page heading, and returns the heading */
  setTitle: (title: string) => void;
  /** tells screen readers and sighted users about something that happened (a live update, a saved review) */
  announce: (message: string) => void;
}

export type View = (context: ViewContext) => Cleanup | void;
