// The network page: filters, then the graph drawn by Cytoscape.js (served from the jar, no CDN): zoom with the
// wheel, pan by dragging the background, drag nodes; nodes coloured by country, labels kept apart by a layout
// that counts them in each node's size. A person or organisation opens its actor page, a country the timeline,
// an edge between two countries the pair's page.
import { getJson, showError, actorHref } from './api.js';
import { el, clear } from './dom.js';
import { formFromUrl, apiFilters, filtersToUrl } from './filters.js';

const form = document.getElementById('filters');
const PALETTE = ['#2b6cb0', '#c53030', '#2f855a', '#6b46c1', '#dd6b20', '#b7791f', '#00838f', '#d53f8c', '#4a5568',
  '#38a169', '#805ad5', '#e53e3e'];

/** The same colour for a country on every page load: from its code, not from its position in the list. */
function colour(country) {
  if (!country) return '#a0aec0';
  let h = 0;
  for (const ch of country) h = (h * 31 + ch.charCodeAt(0)) % 9973;
  return PALETTE[h % PALETTE.length];
}

function pairHref(a, b) {
  return `/pair.html?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}

function nodeHref(node) {
  return node.kind === 'country' ? `/?country=${encodeURIComponent(node.id)}` : actorHref(node.id);
}

function legend(nodes) {
  const box = clear(document.getElementById('legend'));
  const countries = [...new Set(nodes.map((n) => n.country).filter(Boolean))].sort();
  for (const c of countries.slice(0, 24)) {
    box.append(el('li', {}, el('span', { class: 'swatch', 'data-colour': colour(c) }), c));
  }
  // swatch colours are set through the CSSOM: the style policy allows no style attributes
  for (const swatch of box.querySelectorAll('.swatch')) swatch.style.background = swatch.dataset.colour;
}

function draw(network) {
  const container = clear(document.getElementById('graph'));
  const max = Math.max(1, ...network.nodes.map((n) => n.events));
  const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const elements = [
    ...network.nodes.map((n) => ({
      data: { id: n.id, label: n.label, kind: n.kind, country: n.country, colour: colour(n.country),
        size: 14 + 34 * Math.sqrt(n.events / max), events: n.events },
    })),
    ...network.edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight,
        width: 1 + 7 * (e.weight / maxWeight) },
    })),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1a202c',
        'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 7,
      } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': '#a0aec0', opacity: 0.75, 'curve-style': 'haystack',
      } },
      { selector: 'node:selected, node.hover', style: { 'border-width': 3, 'border-color': '#1a202c' } },
      { selector: 'edge.hover', style: { 'line-color': '#2b6cb0', opacity: 1 } },
    ],
    layout: {
      name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, padding: 30,
      nodeRepulsion: () => 12000, idealEdgeLength: () => 90, componentSpacing: 80, numIter: 1500,
    },
  });
  // a graph of two or three nodes would be fitted at four times its size: keep it at a readable scale
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center();
  }
  cy.on('tap', 'node', (e) => { window.location.href = nodeHref(byId.get(e.target.id())); });
  cy.on('tap', 'edge', (e) => {
    const a = byId.get(e.target.data('source'));
    const b = byId.get(e.target.data('target'));
    if (a && b && a.country && b.country && a.country !== b.country) window.location.href = pairHref(a.country, b.country);
  });
  cy.on('mouseover', 'node, edge', (e) => { e.target.addClass('hover'); container.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node, edge', (e) => { e.target.removeClass('hover'); container.style.cursor = ''; });
  legend(network.nodes);
  window.parleyNetwork = cy; // for the browser tests
}

async function load() {
  showError(null);
  try {
    const filters = apiFilters(form);
    const network = await getJson('/api/network', filters);
    document.getElementById('summary').textContent = `${network.nodes.length} ${network.level}`
      + ` and ${network.edges.length} links from ${network.events} events${network.truncated ? ' (the busiest and most recent only)' : ''}.`
      + ' Line width: number of events together. Scroll to zoom, drag to move; click a node to open it,'
      + ' a link between two countries to open their pair.';
    if (!window.cytoscape) throw new Error('the graph library did not load');
    draw(network);
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
