// The search page: ranked hits over article texts and evidence sentences, matching words marked.
import { getJson, showError, param, eventHref, articleHref, actorHref } from './api.js';
import { el, clear } from './dom.js';

const form = document.getElementById('search');

function snippet(parts) {
  return el('p', { class: 'snippet' }, parts.map((part) => (part.match ? el('mark', {}, part.text) : part.text)));
}

const BADGES = { evidence: 'event', article: 'article', actor: 'actor' };

/** An actor opens its page; an evidence hit its event (titled by type, date and who); an article its page. */
function hit(h) {
  const href = h.kind === 'actor' ? actorHref(h.actorId) : h.kind === 'evidence' ? eventHref(h.eventId) : articleHref(h.articleId);
  return el('li', { class: `hit hit-${h.kind}` },
    el('span', { class: 'badge' }, BADGES[h.kind] || h.kind), ' ',
    el('a', { href }, h.title || (h.kind === 'article' ? 'Untitled article' : h.kind)),
    h.kind === 'article' && h.date ? el('span', { class: 'muted' }, ` · ${h.date}`) : '',
    h.snippet.length > 0 ? snippet(h.snippet) : null);
}

async function run(q) {
  showError(null);
  const list = clear(document.getElementById('hits'));
  const summary = document.getElementById('summary');
  summary.textContent = '';
  if (!q) {
    document.body.dataset.loaded = 'true';
    return;
  }
  try {
    const result = await getJson('/api/search', { q, limit: 50 });
    summary.textContent = `${result.hits.length} hit${result.hits.length === 1 ? '' : 's'} for “${result.q}”.`;
    for (const h of result.hits) list.append(hit(h));
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = form.elements.q.value.trim();
  window.history.pushState(null, '', q ? `?q=${encodeURIComponent(q)}` : window.location.pathname);
  run(q);
});
window.addEventListener('popstate', () => { form.elements.q.value = param('q'); run(param('q')); });
form.elements.q.value = param('q');
run(param('q'));
