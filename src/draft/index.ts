/** Attribution drafting: text in, a draft of who said what out. Pure: no I/O, no network. */
export { draftAttributions } from './draft.js';
export { assertSpan, sliceCodePoints, SpanMismatchError } from './codePoints.js';
export type {
  Draft,
  DraftAttribution,
  DraftDate,
  DraftMention,
  DraftOptions,
  DraftSpan,
  KnownEntity,
  ProposedEntity,
} from './types.js';
