// The actor page: names and sides, titles over time, counterparts, and the actor's events on a timeline.
import { getJson, showError, param, actorHref, eventHref, eventRow, dateLabel, TYPES, TYPE_COLOURS } from './api.js';
import { el, svg, clear } from './dom.js';

function titles(profile) {
  if (profile.titles.length === 0) return el('p', { class: 'muted' }, 'No title given in the sources.');
  return el('table', { class: 'titles' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Title'), el('th', {}, 'First'), el('th', {}, 'Last'), el('th', {}, 'Events'))),
    el('tbody', {}, profile.titles.map((t) => el('tr', {},
      el('td', {}, t.title), el('td', {}, t.first || 'undated'), el('td', {}, t.last || 'undated'),
      el('td', { class: 'num' }, String(t.events))))));
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

async function main() {
  try {
    const id = param('id');
    const p = await getJson(`/api/actors/${encodeURIComponent(id)}`);
    document.title = `Parley · ${p.name}`;
    const others = p.names.filter((n) => n !== p.name);
    const box = clear(document.getElementById('actor'));
    box.append(
      el('h1', {}, p.name),
      el('p', { class: 'meta' },
        p.countries.length ? `Acts for ${p.countries.join(', ')}. ` : 'Side unknown. ',
        others.length ? `Also written ${others.join('; ')}. ` : '',
        `${p.eventCount} event${p.eventCount === 1 ? '' : 's'}. `,
        el('a', { href: `/?actor=${encodeURIComponent(p.id)}` }, 'Open in the timeline')),
      el('section', { class: 'panel' }, el('h2', {}, 'Events over time'), eventStrip(p.events)),
      el('div', { class: 'columns' },
        el('section', { class: 'panel' }, el('h2', {}, 'Titles over time'), titles(p)),
        el('section', { class: 'panel' }, el('h2', {}, 'Counterparts'), counterparts(p))),
      el('section', { class: 'panel' },
        el('h2', {}, p.events.length < p.eventCount ? `Latest ${p.events.length} events` : 'Events'),
        el('table', { class: 'events' },
          el('thead', {}, el('tr', {}, ['Date', 'Type', 'Participants', 'Place', 'Sources'].map((h) => el('th', {}, h)))),
          el('tbody', {}, p.events.map(eventRow)))));
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

main();
