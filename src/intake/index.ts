/**
 * Article intake, the front door of the graph: a saved page or a text file reduced to the article's text, drafted
 * (src/draft), and turned into an import dataset for an editor to check and import. Stores nothing.
 */
export { decodeInputBytes, checkInputString, requireText } from './decode.js';
export {
  BinaryInputError,
  EmptyInputError,
  InputTooLargeError,
  IntakeError,
  InvalidOptionError,
  InvalidUtf8Error,
  MAX_INPUT_BYTES,
  NoArticleTextError,
  type IntakeProblem,
} from './errors.js';
export { htmlToText, type ArticleText } from './htmlToText.js';
export {
  draftToDataset,
  shorten,
  type DatasetDraft,
  type DatasetOptions,
  type ProposedRecord,
} from './draftToDataset.js';
export { draftDocument, type ArticleInput, type DraftDocumentOptions, type DraftedDocument } from './draftDocument.js';
export { loadKnownEntities, type CatalogEntity, type EntityListing } from './knownEntities.js';
export { slugify, SlugRegistry } from './slugs.js';
