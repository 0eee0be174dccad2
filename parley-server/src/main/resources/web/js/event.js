// The event page, one occasion: what, when (and how the date was found), where, who; where the sources
// disagree on the date, and whether a plan was then held; then every source with its own date and status,
// the article's text and the evidence sentence highlighted.
import { getJson, showError, requiredParam, dateLabel, typeBadge, participantLinks, articleHref } from './api.js';
import { el, clear, safeUrl } from './dom.js';
import { articleText } from './evidence.js';

function facts(event) {
  const dl = el('dl', { class: 'facts' });
  const add = (term, ...value) => dl.append(el('dt', {}, term), el('dd', {}, ...value));
  const date = event.date;
  add('Date', dateLabel(date), date.end ? ` to ${date.end}` : '', date.precision ? el('span', { class: 'muted' }, ` (${date.precision})`) : '');
  add('How the date was found', el('span', { class: 'date-how' }, date.how));
  add('Status', event.status);
  if (event.location) add('Place', event.location);
  if (event.mechanism) add('Mechanism', event.mechanism, event.ordinal ? ` (session ${event.ordinal})` : '');
  if (event.cameo) add('CAMEO code', event.cameo);
  add('Confidence', event.confidence.toFixed(2));
  add('Sources', String(event.sources.length));
  return dl;
}

function participants(event) {
  const list = el('ul', { class: 'people' });
  for (const p of event.participants) {
    list.append(el('li', {}, participantLinks([p]), p.title ? el('span', { class: 'title' }, ` — ${p.title}`) : ''));
  }
  return list;
}

/** A source by its headline, else its address or file name. */
function sourceLabel(s) {
  return s.title || s.url || s.origin || s.sourceId;
}

/** Links to the sources on this page that say {@code status}. */
function sourcesSaying(event, status) {
  const span = el('span', {});
  event.sources.filter((s) => s.status === status).forEach((s, i) => {
    if (i > 0) span.append(', ');
    span.append(el('a', { href: `#source-${s.reportId}` }, sourceLabel(s)));
  });
  return span;
}

/** What the sources disagree on, or how they fit together: the date conflict and the plan then held. */
function notes(event) {
  const box = el('div', { class: 'notes' });
  if (event.conflict) {
    box.append(el('p', { class: 'conflict' }, el('strong', {}, 'The sources disagree on the date: '), event.conflict, '.'));
  }
  if (event.planFulfilled) {
    box.append(el('p', { class: 'fulfilled' }, el('strong', {}, 'Plan fulfilled: '), 'announced as planned in ',
      sourcesSaying(event, 'planned'), ', then reported held in ', sourcesSaying(event, 'occurred'), '.'));
  }
  return box;
}

async function source(s, event) {
  const url = safeUrl(s.url);
  const disagrees = event.conflict && s.date.start && s.date.start !== event.date.start;
  const section = el('section', { class: 'source panel', id: `source-${s.reportId}` },
    el('h3', {}, sourceLabel(s)),
    el('p', { class: 'meta' },
      s.published ? `Published ${s.published}. ` : 'No publication date. ',
      url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'original' }, 'Original article')
        : (s.url ? el('span', { class: 'muted' }, `Original address (not a web link): ${s.url}`) : el('span', { class: 'muted' }, `Read from ${s.origin}`)),
      ' · ', el('a', { href: articleHref(s.articleId, event.id) }, 'article page')),
    el('p', { class: 'source-says' }, 'This source says: ', el('span', { class: 'source-status' }, s.status), ', ',
      el('span', { class: disagrees ? 'source-date differs' : 'source-date' }, dateLabel(s.date)),
      el('span', { class: 'muted' }, ` (${s.date.how})`)),
    el('blockquote', { class: 'evidence-sentence' }, s.evidence));
  try {
    const article = await getJson(`/api/articles/${encodeURIComponent(s.articleId)}`);
    section.append(articleText(article.text, article.spans, event.id));
  } catch (error) {
    section.append(el('p', { class: 'error' }, error.message));
  }
  return section;
}

async function main() {
  try {
    const id = requiredParam('id', '/event.html?id=12');
    const event = await getJson(`/api/events/${encodeURIComponent(id)}`);
    document.title = `Parley · ${event.type} ${dateLabel(event.date)}`;
    const head = clear(document.getElementById('event'));
    head.append(
      el('h1', {}, typeBadge(event.type), ' ', dateLabel(event.date), event.location ? ` · ${event.location}` : ''),
      participants(event),
      notes(event),
      facts(event));
    const sources = clear(document.getElementById('sources'));
    sources.append(el('h2', {}, `${event.sources.length} source${event.sources.length === 1 ? '' : 's'}`));
    for (const s of event.sources) sources.append(await source(s, event));
    const current = document.querySelector('mark.current');
    if (current) current.scrollIntoView({ block: 'center' });
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

main();
