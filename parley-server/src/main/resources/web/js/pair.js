// The page of one country pair: exchanges per month by channel, the standing mechanisms with their numbered
// sessions and the gaps between them, the people of each side, plans ahead and the latest sources.
import { getJson, showError, param, eventRow, actorHref, eventHref, articleHref } from './api.js';
import { el, clear, safeUrl } from './dom.js';
import { monthlyChart, BY_CHANNEL } from './chart.js';
import { sortable } from './sortable.js';

const CODE = /^[A-Za-z]{3}$/;

function timelineHref(a, b, from, to) {
  const params = new URLSearchParams({ pair: `${a}-${b}` });
  if (from) { params.set('from', from); params.set('to', to || from); }
  return `/?${params}`;
}

function mechanism(m) {
  const rows = el('tbody');
  for (const s of m.sessions) {
    rows.append(el('tr', {},
      el('td', { class: 'num' }, s.ordinal === null ? '–' : String(s.ordinal)),
      el('td', { class: 'date', 'data-sort': s.date || '' }, el('a', { href: eventHref(s.id) }, s.date || 'undated')),
      el('td', {}, s.location || ''),
      el('td', {}, s.status),
      el('td', { class: 'num' }, s.daysSincePrevious === null ? '' : `${s.daysSincePrevious} days`)));
  }
  const table = el('table', { class: 'sessions' },
    el('thead', {}, el('tr', {}, el('th', { class: 'num' }, 'Session'), el('th', {}, 'Date'), el('th', {}, 'Place'),
      el('th', {}, 'Status'), el('th', { class: 'num' }, 'Since the one before'))),
    rows);
  sortable(table);
  return el('div', { class: 'mechanism' },
    el('h3', {}, m.name),
    m.missing.length > 0 ? el('p', { class: 'gap' }, `No source reports session${m.missing.length === 1 ? '' : 's'} `,
      m.missing.join(', '), '.') : null,
    el('div', { class: 'scroll' }, table));
}

function people(list, target) {
  clear(target);
  if (list.length === 0) target.append(el('li', { class: 'muted' }, 'Nobody named.'));
  for (const p of list) {
    target.append(el('li', {}, el('a', { href: actorHref(p.actorId) }, p.name), ` (${p.occasions})`));
  }
}

/** A source named by its headline, else its address or file name; never by a path on the server. */
function sourceItem(s) {
  const url = safeUrl(s.url);
  return el('li', {},
    el('a', { href: articleHref(s.articleId, null) }, s.title || s.url || s.file),
    s.published ? el('span', { class: 'muted' }, ` · ${s.published}`) : null,
    url ? el('span', {}, ' · ', el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')) : null,
    el('span', { class: 'muted' }, ' · '), el('a', { href: eventHref(s.occasion) }, 'the exchange'));
}

async function main() {
  const a = param('a').toUpperCase();
  const b = param('b').toUpperCase();
  try {
    if (!CODE.test(a) || !CODE.test(b)) {
      throw new Error('This page needs two country codes, as in /pair.html?a=CHN&b=RUS.');
    }
    const pair = await getJson(`/api/pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
    document.title = `Parley · ${pair.a} – ${pair.b}`;
    document.getElementById('title').textContent = `${pair.a} – ${pair.b}`;
    const summary = clear(document.getElementById('summary'));
    summary.append(`${pair.occasions} exchange${pair.occasions === 1 ? '' : 's'} · `,
      el('a', { href: timelineHref(pair.a, pair.b) }, 'all in the timeline'));
    monthlyChart(document.getElementById('chart'), pair.byChannel,
      (from, to) => { window.location.href = timelineHref(pair.a, pair.b, from, to); }, BY_CHANNEL);
    document.getElementById('undated').textContent = pair.undated > 0
      ? `${pair.undated} exchange${pair.undated === 1 ? ' is' : 's are'} not charted: undated or dated only to a year.` : '';
    const mechanisms = clear(document.getElementById('mechanisms'));
    if (pair.mechanisms.length === 0) mechanisms.append(el('p', { class: 'muted' }, 'No standing mechanism is reported.'));
    for (const m of pair.mechanisms) mechanisms.append(mechanism(m));
    document.getElementById('people-a-title').textContent = `People of ${pair.a}`;
    document.getElementById('people-b-title').textContent = `People of ${pair.b}`;
    people(pair.peopleA, document.getElementById('people-a'));
    people(pair.peopleB, document.getElementById('people-b'));
    sortable(document.getElementById('ahead'));
    const ahead = clear(document.querySelector('#ahead tbody'));
    for (const event of pair.ahead) ahead.append(eventRow(event));
    if (pair.ahead.length === 0) ahead.append(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'Nothing planned ahead.')));
    const sources = clear(document.getElementById('sources'));
    for (const s of pair.sources) sources.append(sourceItem(s));
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

main();
