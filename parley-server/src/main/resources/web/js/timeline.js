// The timeline page: filters, the monthly chart by type, and the list of events with "load more".
import { getJson, showError, eventRow } from './api.js';
import { el, clear } from './dom.js';
import { monthlyChart, BY_TYPE, BY_CHANNEL } from './chart.js';
import { sortable } from './sortable.js';
import { formFromUrl, apiFilters, filtersToUrl } from './filters.js';

const form = document.getElementById('filters');
const rows = document.querySelector('#events tbody');
const more = document.getElementById('more');
const count = document.getElementById('count');
const chartBy = document.getElementById('chart-by');
let next = null;
let shown = 0;
let stats = null;

function showCount() {
  const total = stats ? stats.total : null;
  if (total === null) count.textContent = `${shown}${next ? '+' : ''} event${shown === 1 ? '' : 's'}`;
  else if (next) count.textContent = `${shown} of ${total} events`;
  else count.textContent = `${total} event${total === 1 ? '' : 's'}`;
}

/** The download links carry the view's filters. */
function exportLinks(filters) {
  for (const format of ['csv', 'jsonl']) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    params.set('format', format);
    document.getElementById(format).href = `/api/events?${params}`;
  }
}

function drawChart() {
  if (!stats) return;
  const byChannel = chartBy.value === 'channel';
  monthlyChart(document.getElementById('chart'), byChannel ? stats.byChannel : stats.byType, (from, to) => {
    form.elements.from.value = from;
    form.elements.to.value = to;
    search();
  }, byChannel ? BY_CHANNEL : BY_TYPE);
  document.getElementById('undated').textContent = stats.undated > 0
    ? `${stats.undated} occasion${stats.undated === 1 ? ' is' : 's are'} not charted: undated or dated only to a year.` : '';
}

async function loadPage(filters, cursor) {
  const page = await getJson('/api/events', { ...filters, limit: 100, cursor });
  for (const event of page.events) rows.append(eventRow(event));
  shown += page.events.length;
  next = page.next;
  more.hidden = !next;
  showCount();
  if (shown === 0) rows.append(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No events match these filters.')));
}

async function load() {
  const filters = apiFilters(form);
  showError(null);
  clear(rows);
  shown = 0;
  stats = null;
  exportLinks(filters);
  document.body.classList.add('loading');
  try {
    [stats] = await Promise.all([getJson('/api/stats/monthly', filters), loadPage(filters, null)]);
    showCount();
    drawChart();
  } catch (error) {
    showError(error);
  } finally {
    document.body.classList.remove('loading');
    document.body.dataset.loaded = 'true';
  }
}

function search() {
  filtersToUrl(apiFilters(form));
  load();
}

async function suggestActors() {
  const typed = form.elements.actor.value.trim();
  if (typed.length < 2) return;
  try {
    const found = await getJson('/api/actors', { q: typed, limit: 10 });
    const list = clear(document.getElementById('actor-names'));
    for (const actor of found.actors) list.append(el('option', { value: actor.name }));
  } catch (error) {
    // suggestions are a convenience; the filter itself reports errors
  }
}

form.addEventListener('submit', (e) => { e.preventDefault(); search(); });
sortable(document.getElementById('events'));
chartBy.addEventListener('change', drawChart);
form.elements.actor.addEventListener('input', suggestActors);
more.addEventListener('click', async () => {
  try {
    await loadPage(apiFilters(form), next);
  } catch (error) {
    showError(error);
  }
});
window.addEventListener('popstate', () => { formFromUrl(form); load(); });
formFromUrl(form);
load();
