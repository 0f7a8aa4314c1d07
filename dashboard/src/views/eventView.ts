/** An event: what, when (as precisely as known), on which outlet, who took part, what was said there, and the evidence. */
import { h, replaceChildren } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { EVENT_DETAIL } from '../api/queries.js';
import { entityLink, entityList } from '../components/badges.js';
import { documentTexts, evidenceInContext } from '../components/evidenceInContext.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { datedFactElement } from '../components/provenance.js';
import { enumWords } from '../format/labels.js';
import { href } from '../router.js';
import type { View } from './view.js';

export const eventView: View = ({ main, route, setTitle }) => {
  const id = route.segments[1] ?? '';
  setTitle('Event');
  const body = h('div', { class: 'event-detail' }, loading('the event'));
  main.append(body);
  let disposed = false;
  const load = async () => {
    try {
      const data = await graphql(EVENT_DETAIL, { id });
      if (disposed) return;
      const event = data.node;
      if (!hasSelection(event, 'kind')) {
        replaceChildren(body, errorBox(new Error('There is no event with this id.')));
        return;
      }
      const texts = await documentTexts(event.evidence.map((span) => span.document.id));
      if (disposed) return;
      setTitle(event.title);
      replaceChildren(
        body,
        h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Kind'),
          h('dd', {}, enumWords(event.kind)),
          h('dt', {}, 'When'),
          h('dd', {}, datedFactElement(event.dateFact)),
          h('dt', {}, 'On'),
          h('dd', {}, event.outlet ? entityLink(event.outlet) : 'no outlet'),
          h('dt', {}, 'Taking part'),
          h('dd', {}, event.participants.length > 0 ? entityList(event.participants) : 'not recorded'),
        ),
        h('h2', {}, 'Said on this occasion'),
        event.statements.nodes.length === 0
          ? empty('No statement recorded.')
          : h(
              'ul',
              {},
              event.statements.nodes.map((statement) =>
                h(
                  'li',
                  {},
                  entityLink(statement.speaker),
                  statement.voice.kind === 'DOCUMENT' ? ' (narrating): ' : ': ',
                  h(
                    'a',
                    { href: href(['statement', statement.id]) },
                    statement.isDirectQuote ? `“${statement.quote}”` : statement.quote,
                  ),
                ),
              ),
            ),
        h('h2', {}, 'In the source'),
        event.evidence.map((span) => evidenceInContext(span, texts.get(span.document.id))),
      );
    } catch (error) {
      if (!disposed)
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
