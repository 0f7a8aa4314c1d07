/**
 * One statement: who said it, the words (an editor's completions marked), direct quote, paraphrase or the
 * document's own narration, how sure the attribution is, when and where it was said (and how the date is known),
 * whom it is about and how, the evidence in its sentence, and the claims it carries or disputes. Search results
 * for quotes land here.
 */
import { h, replaceChildren } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { STATEMENT_DETAIL } from '../api/queries.js';
import { entityLink, stanceBadge, statusBadge } from '../components/badges.js';
import { documentTexts, evidenceInContext } from '../components/evidenceInContext.js';
import { errorBox, loading } from '../components/feedback.js';
import { isMissingRecord, notFoundMessage, notFoundTitle } from '../components/notFound.js';
import { completionNotes, datedFactElement, spanLink, textWithCompletions } from '../components/provenance.js';
import { enumWords } from '../format/labels.js';
import { href } from '../router.js';
import type { StatementDetailQuery } from '../generated/graphql.js';
import type { View } from './view.js';

/** The query's `node` when it is the statement asked for (its `... on Statement` selection). */
type StatementDetail = Extract<NonNullable<StatementDetailQuery['node']>, { quote: string }>;

export const statementView: View = ({ main, route, setTitle }) => {
  const id = route.segments[1] ?? '';
  setTitle('Statement');
  const body = h('div', { class: 'statement-detail' }, loading('the statement'));
  main.append(body);
  let disposed = false;
  const showNotFound = () => {
    setTitle(notFoundTitle('statement'));
    replaceChildren(body, notFoundMessage('statement'));
  };
  const load = async () => {
    try {
      const data = await graphql(STATEMENT_DETAIL, { id });
      const statement = data.node;
      if (disposed) return;
      if (!hasSelection(statement, 'quote')) {
        showNotFound();
        return;
      }
      const texts = await documentTexts(statement.evidence.map((span) => span.document.id));
      if (disposed) return;
      setTitle(
        `${statement.voice.kind === 'DOCUMENT' ? 'Narration by' : statement.isDirectQuote ? 'Quote by' : 'Paraphrase of'} ${statement.speaker.name}`,
      );
      replaceChildren(body, statementBody(statement, texts));
    } catch (error) {
      if (disposed) return;
      if (isMissingRecord(error)) showNotFound();
      else
        replaceChildren(
          body,
          errorBox(error, () => void load()),
        );
    }
  };
  void load();
  return () => {
    disposed = true;
  };
};

function statementBody(statement: StatementDetail, texts: Map<string, string | null>): HTMLElement[] {
  const claims = [...statement.claims.nodes];
  return [
    h(
      'figure',
      { class: 'statement-quote' },
      h(
        'blockquote',
        { class: statement.isDirectQuote ? 'direct-quote' : 'paraphrase' },
        textWithCompletions(statement.quote, statement.completions),
      ),
      h(
        'figcaption',
        {},
        '— ',
        h('span', { class: 'speaker' }, entityLink(statement.speaker)),
        statement.voice.kind === 'DOCUMENT'
          ? [
              ' in its own voice',
              statement.voice.document
                ? [
                    ', narrating in ',
                    h('a', { href: href(['document', statement.voice.document.id]) }, statement.voice.document.title),
                  ]
                : null,
              h('span', { class: 'muted' }, ' (nobody’s quoted or paraphrased words)'),
            ]
          : statement.isDirectQuote
            ? ''
            : ' (paraphrased by the source)',
      ),
      completionNotes(statement.completions),
    ),
    statement.retraction ? h('p', { class: 'error-box' }, `Retracted: ${statement.retraction.reason}`) : null,
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Kind'),
      h(
        'dd',
        {},
        statement.voice.kind === 'DOCUMENT'
          ? 'Narration, in the document’s own voice'
          : statement.isDirectQuote
            ? 'Direct quote'
            : 'Paraphrase',
      ),
      h('dt', {}, 'Attribution'),
      h(
        'dd',
        {},
        `${enumWords(statement.attributionConfidence)} (how sure we are that the speaker said it, not whether it is true)`,
      ),
      h('dt', {}, 'Said'),
      h(
        'dd',
        {},
        datedFactElement(statement.saidOnFact),
        statement.saidOnFact && statement.saidOnFact.basis.evidence.length > 0
          ? h(
              'p',
              { class: 'date-evidence' },
              'The date rests on ',
              statement.saidOnFact.basis.evidence.map((span, index) => [index > 0 ? ', ' : '', spanLink(span)]),
            )
          : null,
      ),
      h('dt', {}, 'Occasion'),
      h(
        'dd',
        {},
        statement.occasion
          ? h('a', { href: href(['event', statement.occasion.id]) }, statement.occasion.title)
          : 'not recorded',
      ),
      h('dt', {}, 'Reported in'),
      h(
        'dd',
        {},
        statement.reportedIn.map((document, index) => [
          index > 0 ? ', ' : '',
          h('a', { href: href(['document', document.id]) }, document.title),
        ]),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'mentions-heading' },
      h('h2', { id: 'mentions-heading' }, 'About whom'),
      h(
        'ul',
        { class: 'mentions' },
        statement.mentions.map((mention) => h('li', {}, entityLink(mention.entity), ' ', stanceBadge(mention.stance))),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'evidence-heading' },
      h('h2', { id: 'evidence-heading' }, 'In the source'),
      statement.evidence.map((span) => evidenceInContext(span, texts.get(span.document.id))),
    ),
    claims.length > 0 || statement.disputes.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'claims-in-heading' },
          h('h2', { id: 'claims-in-heading' }, 'Claims'),
          h(
            'ul',
            { class: 'claim-links' },
            claims.map((claim) =>
              h(
                'li',
                {},
                'Makes: ',
                h('a', { href: href(['claim', claim.id]) }, claim.text),
                ' ',
                statusBadge(claim.status),
              ),
            ),
            statement.disputes.map((claim) =>
              h(
                'li',
                {},
                'Contests: ',
                h('a', { href: href(['claim', claim.id]) }, claim.text),
                ' ',
                statusBadge(claim.status),
              ),
            ),
          ),
        )
      : null,
    statement.respondsTo.length > 0
      ? h(
          'section',
          { 'aria-labelledby': 'responds-heading' },
          h('h2', { id: 'responds-heading' }, 'Responds to'),
          h(
            'ul',
            {},
            statement.respondsTo.map((earlier) =>
              h(
                'li',
                {},
                entityLink(earlier.speaker),
                earlier.isDirectQuote ? ': ' : ' (paraphrased): ',
                h(
                  'a',
                  { href: href(['statement', earlier.id]) },
                  earlier.isDirectQuote ? `“${earlier.quote}”` : earlier.quote,
                ),
              ),
            ),
          ),
        )
      : null,
  ].filter((element): element is HTMLElement => element !== null);
}
