/** Loading helpers for resolvers. */
import type DataLoader from 'dataloader';

/** Loads rows that references guarantee exist (foreign keys); a missing one is a broken database, not user input. */
export async function loadExisting<T>(loader: DataLoader<number, T | null>, ids: readonly number[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.map((row, index) => {
    if (row instanceof Error) throw row;
    if (row === null) throw new Error(`referenced row ${ids[index]} is missing`);
    return row;
  });
}

export async function loadOne<T>(loader: DataLoader<number, T | null>, id: number): Promise<T> {
  const [row] = await loadExisting(loader, [id]);
  return row;
}

export async function loadOptional<T>(loader: DataLoader<number, T | null>, id: number | null): Promise<T | null> {
  return id === null ? null : loadOne(loader, id);
}
