// The actor page, from the knowledge base: canonical name, aliases and side, titles over time with the
// sentence that showed each, organisations, counterparts, and the actor's occasions (on a strip and in a
// table that pages on through the timeline).
import { getJson, showError, requiredParam, actorHref, eventHref, eventRow, dateLabel, TYPES, TYPE_COLOURS } from './api.js';
import { sortable } from './sortable.js';
import { el, svg, clear } from './dom.js';

function span(first, last) {
  if (!first && !last) return 'undated';
  return first === last ? first : `${first || '?'} – ${last || '?'}`;
}

function titles(profile) {
  if (profile.titles.length === 0) return el('p', { class: 'muted' }, 'No title given in the sources.');
  return el('table', { class: 'titles' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Title'), el('th', {}, 'Seen'), el('th', {}, 'Evidence'))),
    el('tbody', {}, profile.titles.map((t) => el('tr', {},
      el('td', {}, t.title), el('td', { class: 'date' }, span(t.first, t.last)),
      el('td', { class: 'title-evidence' }, t.evidence || el('span', { class: 'muted' }, 'imported'))))));
}

function organisations(profile) {
  if (profile.organisations.length === 0) {
    return el('p', { class: 'muted' }, profile.kind === 'organisation' ? 'No members known.' : 'No organisation known.');
  }
  return el('ul', { class: 'organisations' }, profile.organisations.map((m) => el('li', {},
    el('a', { href: actorHref(m.actorId) }, m.name), el('span', { class: 'muted' }, ` · ${m.role} · ${span(m.first, m.last)}`),
    m.evidence ? el('div', { class: 'title-evidence' }, m.evidence) : null)));
}

function counterparts(profile) {
  if (profile.counterparts.length === 0) return el('p', { class: 'muted' }, 'No counterparts.');
  return el('ul', { class: 'counterparts' }, profile.counterparts.map((c) => el('li', {},
    el('a', { href: actorHref(c.actorId) }, c.name), c.country ? el('span', { class: 'country' }, ` ${c.country}`) : '',
    el('span', { class: 'muted' }, ` · ${c.events} event${c.events === 1 ? '' : 's'}`))));
}

/** The dated events as dots along a time axis, one row per type; each dot opens its event. */
function eventStrip(events) {
  const dated = events.filter((e) => e.date.start);
  if (dated.length === 0) return el('p', { class: 'muted' }, 'No dated events.');
  const time = (e) => Date.parse(e.date.start.length === 4 ? `${e.date.start}-07-01`
    : e.date.start.length === 7 ? `${e.date.start}-15` : e.date.start);
  const times = dated.map(time);
  let min = Math.min(...times); let max = Math.max(...times);
  if (max - min < 30 * 864e5) { min -= 15 * 864e5; max += 15 * 864e5; }
  const width = 900; const left = 90; const row = 22; const height = TYPES.length * row + 30;
  const x = (t) => left + ((t - min) / (max - min)) * (width - left - 20);
  const strip = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'strip', role: 'img', 'aria-label': 'Events over time' });
  TYPES.forEach((type, i) => {
    const y = 15 + i * row;
    strip.append(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'tick' }, type));
    strip.append(svg('line', { x1: left, x2: width - 20, y1: y, y2: y, class: 'grid' }));
  });
  for (const e of dated) {
    const y = 15 + TYPES.indexOf(e.type) * row;
    strip.append(svg('a', { href: eventHref(e.id), class: 'dot' },
      svg('circle', { cx: x(time(e)), cy: y, r: 6, fill: TYPE_COLOURS[e.type], class: e.status === 'planned' ? 'planned' : '' },
        svg('title', {}, `${dateLabel(e.date)} ${e.type}: ${e.participants.map((p) => p.name).join(', ')}`))));
  }
  const axisY = height - 8;
  strip.append(svg('text', { x: left, y: axisY, class: 'tick' }, new Date(min).toISOString().slice(0, 7)));
  strip.append(svg('text', { x: width - 20, y: axisY, 'text-anchor': 'end', class: 'tick' }, new Date(max).toISOString().slice(0, 7)));
  return strip;
}

/** The events table with a "load more" that walks the actor's occasions through the timeline API. */
function eventTable(profile) {
  const body = el('tbody', {}, profile.events.events.map(eventRow));
  let next = profile.events.next;
  const more = el('button', { type: 'button', id: 'more', hidden: !next }, 'Load more');
  more.addEventListener('click', async () => {
    try {
      const page = await getJson('/api/events', { actor: profile.id, limit: 100, cursor: next });
      page.events.forEach((e) => body.append(eventRow(e)));
      next = page.next;
      more.hidden = !next;
    } catch (error) {
      showError(error);
    }
  });
  const table = el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, ['Date', 'Type', 'Participants', 'Place', 'Sources'].map((h) => el('th', {}, h)))),
    body);
  sortable(table);
  return [el('div', { class: 'scroll' }, table), more];
}

async function main() {
  try {
    const id = requiredParam('id', '/actor.html?id=12');
    const p = await getJson(`/api/actors/${encodeURIComponent(id)}`);
    document.title = `Parley · ${p.name}`;
    const shown = p.events.events.length;
    const box = clear(document.getElementById('actor'));
    box.append(
      el('h1', {}, p.name),
      el('p', { class: 'meta' },
        p.kind === 'organisation' ? 'Organisation. ' : '',
        p.country ? `Acts for ${p.country}. ` : 'Side unknown. ',
        p.code ? `CAMEO ${p.code}. ` : '',
        `${p.eventCount} event${p.eventCount === 1 ? '' : 's'}. `,
        el('a', { href: `/?actor=${encodeURIComponent(p.id)}` }, 'Open in the timeline')),
      p.aliases.length ? el('p', { class: 'aliases' }, 'Also written: ', p.aliases.join('; ')) : null,
      el('section', { class: 'panel' }, el('h2', {}, shown < p.eventCount ? `Latest ${shown} events over time` : 'Events over time'),
        eventStrip(p.events.events)),
      el('section', { class: 'panel' }, el('h2', {}, 'Titles over time'), titles(p)),
      el('div', { class: 'columns' },
        el('section', { class: 'panel' }, el('h2', {}, p.kind === 'organisation' ? 'Members' : 'Organisations'), organisations(p)),
        el('section', { class: 'panel' }, el('h2', {}, 'Counterparts'), counterparts(p))),
      el('section', { class: 'panel' },
        el('h2', {}, shown < p.eventCount ? `Latest events (${shown} of ${p.eventCount})` : 'Events'),
        ...eventTable(p)));
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

main();
