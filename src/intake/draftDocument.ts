/**
 * An article in (plain text or a saved page), a draft out: its text, who said what in it, and the import dataset
 * built from that. What the command line (`claimgraph draft`) and the `draftDocument` mutation share; neither
 * stores anything, and this module reads nothing but its arguments.
 */
import { draftAttributions, type Draft } from '../draft/index.js';
import { parsePartialDate } from '../domain/partialDate.js';
import { checkInputString, requireText } from './decode.js';
import { draftToDataset, type DatasetDraft } from './draftToDataset.js';
import { htmlToText } from './htmlToText.js';
import type { CatalogEntity } from './knownEntities.js';

export interface ArticleInput {
  /** the article as plain text (exactly one of text and html) */
  text?: string;
  /** the article as a saved web page */
  html?: string;
  /** defaults to the page's title, else the text's first line */
  title?: string;
  url?: string;
  /** the name of the outlet that published it */
  outlet?: string;
  /** a partial date; defaults to the page's publication date when it states one */
  published?: string;
  /** the held text's file name in the dataset (`<document slug>.txt` by default) */
  textFile?: string;
}

export interface DraftDocumentOptions {
  /** the graph's entities, matched by name and alias */
  knownEntities?: readonly CatalogEntity[];
  /** which of the given slugs the graph already uses, so that new records get other ones */
  findTakenSlugs?: (slugs: string[]) => Promise<Iterable<string>>;
}

export interface DraftedDocument {
  /** the document as drafted: the text every span counts on */
  document: {
    slug: string;
    title: string;
    text: string;
    url: string | null;
    outlet: string | null;
    published: string | null;
    byline: string | null;
  };
  /** the drafter's output, every attribution kept (also those the dataset leaves out) */
  draft: Draft;
  /** the dataset, ready for `claimgraph import` / importDataset */
  dataset: DatasetDraft;
  /** for a page: how many active elements and handler attributes were removed unread */
  removed: { elements: number; handlers: number } | null;
}

/** How many times new slugs are re-chosen when the graph already has some of them. */
const SLUG_ROUNDS = 3;

export async function draftDocument(input: ArticleInput, options: DraftDocumentOptions = {}): Promise<DraftedDocument> {
  const article = readArticle(input);
  const knownEntities = options.knownEntities ?? [];
  const draft = draftAttributions(article.text, { knownEntities: [...knownEntities] });
  const published = input.published ?? dateOfPage(article.publishedTime);
  const base = {
    text: article.text,
    title: article.title,
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.outlet !== undefined ? { outlet: input.outlet } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(input.textFile !== undefined ? { textFile: input.textFile } : {}),
    knownEntities,
  };
  const knownSlugs = new Set(knownEntities.map((entity) => entity.slug));
  const taken = new Set<string>();
  let dataset = draftToDataset(draft, { ...base, takenSlugs: taken });
  for (let round = 0; options.findTakenSlugs !== undefined && round < SLUG_ROUNDS; round++) {
    const fresh = newSlugs(dataset).filter((slug) => !knownSlugs.has(slug));
    const clashes = [...(await options.findTakenSlugs(fresh))].filter((slug) => !taken.has(slug));
    if (clashes.length === 0) break;
    clashes.forEach((slug) => taken.add(slug));
    dataset = draftToDataset(draft, { ...base, takenSlugs: taken });
  }
  const document = dataset.dataset.documents[0];
  return {
    document: {
      slug: document.slug,
      title: document.title,
      text: article.text,
      url: document.url ?? null,
      outlet: input.outlet?.trim() || null,
      published: document.published ?? null,
      byline: article.byline ?? null,
    },
    draft,
    dataset,
    removed: article.removed,
  };
}

interface Article {
  text: string;
  title: string;
  byline?: string;
  publishedTime?: string;
  removed: { elements: number; handlers: number } | null;
}

/** The article's text and title, from the text or the page; throws an IntakeError for unusable input. */
function readArticle(input: ArticleInput): Article {
  if (input.html !== undefined) {
    const page = htmlToText(input.html);
    return { ...page, title: input.title ?? (page.title || firstLine(page.text)) };
  }
  const text = requireText(checkInputString(input.text ?? ''));
  return { text, title: input.title ?? firstLine(text), removed: null };
}

/** The text's first non-empty line, cut to a title's length. */
function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  const flat = line.replace(/\s+/g, ' ').trim();
  if (flat.length <= 100) return flat;
  const cut = flat.slice(0, 100);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 50 ? cut.lastIndexOf(' ') : 100)}…`;
}

/** A page's publication time as a partial date, when it starts with a real calendar date. */
function dateOfPage(publishedTime: string | undefined): string | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(publishedTime ?? '')?.[1];
  if (day === undefined) return undefined;
  try {
    return parsePartialDate(day).iso;
  } catch {
    return undefined;
  }
}

function newSlugs({ dataset }: DatasetDraft): string[] {
  const records = [
    ...dataset.documents,
    ...dataset.people,
    ...dataset.outlets,
    ...dataset.organizations,
    ...dataset.statements,
  ];
  return records.map((record) => record.slug);
}
