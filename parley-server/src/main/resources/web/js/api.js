// Talking to the API, and the small shared pieces of every page.
import { el, clear } from './dom.js';

export class ApiError extends Error {
  constructor(status, body) {
    const where = body && body.parameter ? `${body.parameter}: ` : '';
    super(body && body.reason ? where + body.reason : `the server answered ${status}`);
    this.status = status;
  }
}

/** GET a JSON resource; empty parameters are left out. */
export async function getJson(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') url.searchParams.set(key, String(value).trim());
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export function showError(error) {
  const box = document.getElementById('error');
  if (!box) return;
  if (!error) {
    box.hidden = true;
    clear(box);
    return;
  }
  box.textContent = error.message || String(error);
  box.hidden = false;
}

/** The page's query parameter, which the page cannot do without: a readable error when it is missing. */
export function requiredParam(name, example) {
  const value = param(name);
  if (!value) throw new Error(`This page needs ?${name}= in its address, as in ${example}.`);
  return value;
}

/** The page's query parameter, or ''. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name) || '';
}

export function actorHref(id) {
  return `/actor.html?id=${encodeURIComponent(id)}`;
}

export function eventHref(id) {
  return `/event.html?id=${encodeURIComponent(id)}`;
}

export function articleHref(id, eventId) {
  return `/article.html?id=${encodeURIComponent(id)}` + (eventId ? `#evidence-${eventId}` : '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-05" → "5 Mar 2024", "2024-03" → "Mar 2024", "2024" → "2024", null → "undated". */
export function dateLabel(date) {
  const start = date && date.start;
  if (!start) return 'undated';
  const [y, m, d] = start.split('-');
  if (!m) return y;
  return (d ? `${Number(d)} ` : '') + `${MONTHS[Number(m) - 1]} ${y}`;
}

export function typeBadge(type) {
  return el('span', { class: `badge type-${type}` }, type);
}

/** "Anna Berg (NOR), Tomas Lind (FIN)" with each name linking to the actor page. */
export function participantLinks(participants) {
  const span = el('span', { class: 'participants' });
  participants.forEach((p, i) => {
    if (i > 0) span.append(', ');
    span.append(p.actorId === null || p.actorId === undefined ? el('span', {}, p.name)
      : el('a', { href: actorHref(p.actorId) }, p.name));
    if (p.country) span.append(' ', el('span', { class: 'country' }, p.country));
  });
  return span;
}

/**
 * One timeline row, one occasion: date (flagged when the sources disagree on it, or when a plan was then
 * held), type, participants, place, number of sources; date and type open the event.
 */
export function eventRow(event) {
  return el('tr', { 'data-event': event.id },
    el('td', { class: 'date', 'data-sort': (event.date && event.date.start) || '' }, el('a', { href: eventHref(event.id) }, dateLabel(event.date)),
      event.status === 'planned' ? el('span', { class: 'planned' }, ' planned') : null,
      event.dateConflict ? el('span', { class: 'flag conflict', title: 'The sources give different dates' }, ' dates differ') : null,
      event.planFulfilled ? el('span', { class: 'flag fulfilled', title: 'Announced as planned, then reported held' }, ' plan fulfilled') : null),
    el('td', {}, el('a', { href: eventHref(event.id) }, typeBadge(event.type))),
    el('td', {}, event.participants.length > 0 ? participantLinks(event.participants)
      : el('span', { class: 'sides', title: 'Nobody is named for these sides' }, (event.sides || []).join(' – ')),
    event.channel ? el('span', { class: 'channel' }, ` · ${channelLabel(event.channel)}`) : null),
    el('td', {}, event.location || ''),
    el('td', { class: 'num sources', title: `${event.sources} article${event.sources === 1 ? '' : 's'} report this` },
      String(event.sources)));
}

export const CHANNELS = ['head-of-state', 'government', 'foreign-ministry', 'defence', 'parliament', 'party', 'regional', 'other'];
export const CHANNEL_COLOURS = {
  'head-of-state': '#1a365d', government: '#2b6cb0', 'foreign-ministry': '#2f855a', defence: '#744210',
  parliament: '#6b46c1', party: '#c53030', regional: '#dd6b20', other: '#718096',
};

/** "foreign-ministry" → "foreign ministry". */
export function channelLabel(channel) {
  return channel.replace(/-/g, ' ');
}

export const TYPES = ['meeting', 'visit', 'call', 'session', 'agreement', 'message'];
export const TYPE_COLOURS = {
  meeting: '#2b6cb0', visit: '#2f855a', call: '#dd6b20', session: '#6b46c1', agreement: '#c53030', message: '#718096',
};
