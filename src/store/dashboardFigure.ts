/** One of the dashboard's figures, typed by its name, through the store's batched read. */
import type { DashboardFigureReadOf, DashboardFigureValues, Store } from './store.js';

export async function dashboardFigure<F extends keyof DashboardFigureValues>(
  store: Pick<Store, 'dashboardFigures'>,
  read: DashboardFigureReadOf<F>,
): Promise<DashboardFigureValues[F]> {
  const [value] = await store.dashboardFigures([read]);
  return value as DashboardFigureValues[F];
}
