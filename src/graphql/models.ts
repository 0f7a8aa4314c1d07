/** Model types the generated resolver types map schema types to, where a store row type does not fit. */
export type { PartialDate as PartialDateModel } from '../domain/partialDate.js';
