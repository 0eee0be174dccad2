// A force-directed layout (springs along edges, repulsion between nodes, a pull to the centre),
// computed up front for a fixed number of steps, then drawn once in SVG.
import { svg, clear } from './dom.js';

/** Scales and centres the drawing to fill the box, so that separate groups do not leave it half empty. */
function fit(pos, width, height) {
  if (pos.length < 2) return;
  const xs = pos.map((p) => p.x); const ys = pos.map((p) => p.y);
  const minX = Math.min(...xs); const maxX = Math.max(...xs); const minY = Math.min(...ys); const maxY = Math.max(...ys);
  const scale = Math.min((width - 160) / Math.max(1, maxX - minX), (height - 90) / Math.max(1, maxY - minY), 3);
  for (const p of pos) {
    p.x = width / 2 + (p.x - (minX + maxX) / 2) * scale;
    p.y = height / 2 + 10 + (p.y - (minY + maxY) / 2) * scale;
  }
}

function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const radius = Math.min(width, height) * 0.35;
    return { x: width / 2 + radius * Math.cos(angle), y: height / 2 + radius * Math.sin(angle), dx: 0, dy: 0 };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
  let temperature = width / 8;
  for (let step = 0; step < 300; step++) {
    for (const p of pos) { p.dx = 0; p.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x; const dy = pos[i].y - pos[j].y;
        const d2 = Math.max(0.01, dx * dx + dy * dy); const d = Math.sqrt(d2);
        const force = (k * k) / d;
        pos[i].dx += (dx / d) * force; pos[i].dy += (dy / d) * force;
        pos[j].dx -= (dx / d) * force; pos[j].dy -= (dy / d) * force;
      }
    }
    for (const [a, b, w] of links) {
      const dx = pos[a].x - pos[b].x; const dy = pos[a].y - pos[b].y;
      const d = Math.max(0.1, Math.sqrt(dx * dx + dy * dy));
      const force = ((d * d) / k) * Math.min(3, 1 + Math.log(w));
      pos[a].dx -= (dx / d) * force; pos[a].dy -= (dy / d) * force;
      pos[b].dx += (dx / d) * force; pos[b].dy += (dy / d) * force;
    }
    for (const p of pos) {
      p.dx += (width / 2 - p.x) * 0.15; p.dy += (height / 2 - p.y) * 0.15;
      const d = Math.max(0.1, Math.sqrt(p.dx * p.dx + p.dy * p.dy));
      p.x = Math.min(width - 40, Math.max(40, p.x + (p.dx / d) * Math.min(d, temperature)));
      p.y = Math.min(height - 30, Math.max(30, p.y + (p.dy / d) * Math.min(d, temperature)));
    }
    temperature *= 0.985;
  }
  fit(pos, width, height);
  return { pos, links };
}

/**
 * Draws the network into container. hrefOf(node) gives the page a node opens (an SVG link, so a click,
 * a middle click and the keyboard all work).
 */
export function drawNetwork(container, network, hrefOf) {
  clear(container);
  const width = 960; const height = 560;
  const { pos, links } = layout(network.nodes, network.edges, width, height);
  const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
  const maxEvents = Math.max(1, ...network.nodes.map((node) => node.events));
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'network', role: 'img', 'aria-label': 'Network of participants' });
  const edgeLayer = svg('g', { class: 'edges' });
  for (const [a, b, w] of links) {
    edgeLayer.append(svg('line', {
      x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y, 'stroke-width': 1 + (4 * w) / maxWeight, class: 'edge',
    }, svg('title', {}, `${network.nodes[a].label} – ${network.nodes[b].label}: ${w} event${w === 1 ? '' : 's'}`)));
  }
  drawing.append(edgeLayer);
  network.nodes.forEach((node, i) => {
    const r = 6 + 14 * Math.sqrt(node.events / maxEvents);
    drawing.append(svg('a', { href: hrefOf(node), class: 'node', 'data-id': node.id },
      svg('circle', { cx: pos[i].x, cy: pos[i].y, r }),
      svg('text', { x: pos[i].x, y: pos[i].y - r - 4, 'text-anchor': 'middle' },
        node.label.length > 28 ? `${node.label.slice(0, 27)}…` : node.label),
      svg('title', {}, `${node.label}${node.country ? ` (${node.country})` : ''}: ${node.events} event${node.events === 1 ? '' : 's'}`)));
  });
  container.append(drawing);
}
