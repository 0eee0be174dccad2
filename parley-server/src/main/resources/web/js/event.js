// The event page: what, when (and how the date was found), where, who; then every source with the
// article's text and the evidence sentence highlighted.
import { getJson, showError, param, dateLabel, typeBadge, participantLinks, articleHref } from './api.js';
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
  if (event.mechanism) add('Mechanism', event.mechanism);
  if (event.cameo) add('CAMEO code', event.cameo);
  add('Confidence', event.confidence.toFixed(2));
  return dl;
}

function participants(event) {
  const list = el('ul', { class: 'people' });
  for (const p of event.participants) {
    list.append(el('li', {}, participantLinks([p]), p.title ? el('span', { class: 'title' }, ` — ${p.title}`) : ''));
  }
  return list;
}

async function source(s, eventId) {
  const url = safeUrl(s.url);
  const section = el('section', { class: 'source panel' },
    el('h3', {}, s.title || s.sourceId),
    el('p', { class: 'meta' },
      s.published ? `Published ${s.published}. ` : 'No publication date. ',
      url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'original' }, 'Original article')
        : (s.url ? el('span', { class: 'muted' }, `Original address (not a web link): ${s.url}`) : el('span', { class: 'muted' }, `Read from ${s.origin}`)),
      ' · ', el('a', { href: articleHref(s.articleId, eventId) }, 'article page')),
    el('blockquote', { class: 'evidence-sentence' }, s.evidence));
  try {
    const article = await getJson(`/api/articles/${encodeURIComponent(s.articleId)}`);
    section.append(articleText(article.text, article.spans, eventId));
  } catch (error) {
    section.append(el('p', { class: 'error' }, error.message));
  }
  return section;
}

async function main() {
  const id = param('id');
  try {
    const event = await getJson(`/api/events/${encodeURIComponent(id)}`);
    document.title = `Parley · ${event.type} ${dateLabel(event.date)}`;
    const head = clear(document.getElementById('event'));
    head.append(
      el('h1', {}, typeBadge(event.type), ' ', dateLabel(event.date), event.location ? ` · ${event.location}` : ''),
      participants(event),
      facts(event));
    const sources = clear(document.getElementById('sources'));
    sources.append(el('h2', {}, `${event.sources.length} source${event.sources.length === 1 ? '' : 's'}`));
    for (const s of event.sources) sources.append(await source(s, event.id));
    const current = document.querySelector('mark.current');
    if (current) current.scrollIntoView({ block: 'center' });
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

main();
