// The network page: filters, then the force-directed graph; an actor (person or organisation) opens the
// actor page, a country the timeline.
import { getJson, showError, actorHref } from './api.js';
import { formFromUrl, apiFilters, filtersToUrl } from './filters.js';
import { drawNetwork } from './graph.js';

const form = document.getElementById('filters');

async function load() {
  showError(null);
  try {
    const filters = apiFilters(form);
    const network = await getJson('/api/network', filters);
    document.getElementById('summary').textContent = `${network.nodes.length} ${network.level}`
      + ` and ${network.edges.length} links from ${network.events} events${network.truncated ? ' (the busiest and most recent only)' : ''}.`
      + ' Line width: number of events together. Click a node to open it.';
    drawNetwork(document.getElementById('graph'), network, (node) => (node.kind === 'country'
      ? `/?country=${encodeURIComponent(node.id)}` : actorHref(node.id)));
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

form.addEventListener('submit', (e) => { e.preventDefault(); filtersToUrl(apiFilters(form)); load(); });
window.addEventListener('popstate', () => { formFromUrl(form); load(); });
formFromUrl(form);
load();
