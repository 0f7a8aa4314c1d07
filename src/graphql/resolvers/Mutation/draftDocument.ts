/**
 * draftDocument: an article's text or saved page in, a draft of who said what and the dataset that would import
 * it out (src/intake). The graph is only read (its entities, to match speakers and mentions, and the slugs it
 * already uses); nothing is stored. Unusable input is BAD_USER_INPUT naming the input field.
 */
import type { MutationResolvers } from '../../../generated/graphql.js';
import type { InvalidOptionError } from '../../../intake/index.js';
import { requireRole } from '../../auth.js';
import { inputError } from '../../inputProblems.js';
import { loadOptional } from '../load.js';

/** The input field an option's problem is reported against. */
const OPTION_FIELDS: Record<InvalidOptionError['option'], string> = {
  title: 'input.title',
  url: 'input.url',
  outlet: 'input.outletName',
  published: 'input.published',
};

export const draftDocument: MutationResolvers['draftDocument'] = async (_root, { input }, context) => {
  requireRole(context, 'editor', 'draftDocument');
  const { text, html } = input;
  if ((text == null) === (html == null)) {
    throw inputError([{ field: 'input', message: 'give the article as exactly one of text and html' }]);
  }
  // loaded on first use: the drafter's language model takes most of a second, which the server's start need not pay
  const {
    draftDocument: draftArticle,
    IntakeError,
    InvalidOptionError,
    loadKnownEntities,
  } = await import('../../../intake/index.js');
  const knownEntities = await loadKnownEntities(context.store);
  let drafted;
  try {
    drafted = await draftArticle(
      {
        ...(html != null ? { html } : { text: text! }),
        ...(input.title != null ? { title: input.title } : {}),
        ...(input.url != null ? { url: input.url } : {}),
        ...(input.outletName != null ? { outlet: input.outletName } : {}),
        ...(input.published != null ? { published: input.published } : {}),
      },
      {
        knownEntities,
        findTakenSlugs: async (slugs) => (await context.store.storedRecordsBySlugs(slugs)).keys(),
      },
    );
  } catch (error) {
    if (!(error instanceof IntakeError)) throw error;
    const field =
      error instanceof InvalidOptionError ? OPTION_FIELDS[error.option] : html != null ? 'input.html' : 'input.text';
    throw inputError([{ field, message: error.message }]);
  }
  const { document, draft, dataset } = drafted;
  const speakerIds = await context.store.idsBySlugs(
    'entity',
    draft.attributions.map((attribution) => attribution.speakerId ?? ''),
  );
  return {
    text: document.text,
    title: document.title,
    documentSlug: document.slug,
    byline: document.byline,
    attributions: await Promise.all(
      draft.attributions.map(async (attribution, index) => ({
        content: attribution.content,
        cue: attribution.cue,
        source: attribution.source,
        speaker: attribution.speaker,
        speakerEntity:
          attribution.speakerId === null ? null : await loadOptional(context.loaders.entity, speakerIds[index] ?? null),
        direct: attribution.direct,
        confidence: attribution.confidence,
        statementSlug: dataset.statementSlugs[index] ?? null,
      })),
    ),
    proposedEntities: dataset.proposed,
    dataset: dataset.dataset,
    texts: [...dataset.heldTexts].map(([slug, heldText]) => ({ document: slug, text: heldText })),
    notes: dataset.notes,
  };
};
