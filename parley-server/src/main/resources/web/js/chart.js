// A stacked bar chart of events per month, in SVG.
import { svg, el, clear } from './dom.js';
import { TYPES, TYPE_COLOURS, CHANNELS, CHANNEL_COLOURS, channelLabel } from './api.js';

/** What the bars can be split by: the keys in stacking order, their colours and how each is named. */
export const BY_TYPE = { keys: TYPES, colours: TYPE_COLOURS, name: (t) => t, css: (t) => `type-${t}`, what: 'type' };
export const BY_CHANNEL = {
  keys: CHANNELS, colours: CHANNEL_COLOURS, name: channelLabel, css: (c) => `channel-${c}`, what: 'channel',
};

/** Every month from the first to the last of the counts, so that empty months show as gaps. */
function monthRange(counts) {
  const months = counts.map((c) => c.month).sort();
  if (months.length === 0) return [];
  const out = [];
  let [y, m] = months[0].split('-').map(Number);
  const [ly, lm] = months[months.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/**
 * Draws counts [{month, key: type, count}] into container. onMonth(from, to) is called with one month when a bar
 * is clicked or answers Enter, and with the first and last month of a range dragged across the bars.
 * The drawing is as wide as its box, so that its text keeps its size on a phone.
 */
export function monthlyChart(container, counts, onMonth, by = BY_TYPE) {
  clear(container);
  const months = monthRange(counts);
  if (months.length === 0) {
    container.append(el('p', { class: 'muted' }, 'No dated events to chart.'));
    return;
  }
  const byMonth = new Map(months.map((m) => [m, {}]));
  for (const c of counts) byMonth.get(c.month)[c.key] = c.count;
  const totals = months.map((m) => by.keys.reduce((s, t) => s + (byMonth.get(m)[t] || 0), 0));
  const max = Math.max(1, ...totals);
  const width = Math.max(300, Math.min(1100, container.clientWidth || 900));
  const height = 220; const left = 40; const bottom = 30; const top = 10;
  const step = (width - left - 10) / months.length;
  const bar = Math.max(2, step * 0.8);
  const scale = (height - bottom - top) / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bars', role: 'img', 'aria-label': `Events per month by ${by.what}` });
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const y = height - bottom - tick * scale;
    chart.append(svg('line', { x1: left, x2: width - 10, y1: y, y2: y, class: 'grid' }));
    chart.append(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, String(tick)));
  }
  const labelEvery = Math.ceil(months.length / Math.max(2, Math.floor(width / 75)));
  let dragFrom = null;
  const groups = [];
  const mark = (a, b) => {
    const [lo, hi] = [a, b].sort();
    for (const g of groups) g.classList.toggle('in-range', a !== null && g.dataset.month >= lo && g.dataset.month <= hi);
  };
  months.forEach((month, i) => {
    const x = left + i * step + (step - bar) / 2;
    let y = height - bottom;
    const group = svg('g', { class: 'month', 'data-month': month, tabindex: 0, role: 'button', 'aria-label': `${month}: ${totals[i]} events` });
    group.append(svg('title', {}, `${month}: ${totals[i]} events`));
    for (const key of by.keys) {
      const n = byMonth.get(month)[key] || 0;
      if (!n) continue;
      const h = n * scale;
      y -= h;
      group.append(svg('rect', { x, y, width: bar, height: h, fill: by.colours[key], class: `bar ${by.css(key)}` },
        svg('title', {}, `${month}: ${n} ${by.name(key)}`)));
    }
    // a month under the bar's full height, so that a drag across short bars still finds its months
    group.prepend(svg('rect', { x: left + i * step, y: top, width: step, height: height - bottom - top, class: 'hit' }));
    groups.push(group);
    if (onMonth) {
      group.addEventListener('pointerdown', (e) => { e.preventDefault(); dragFrom = month; mark(month, month); });
      group.addEventListener('pointerenter', () => { if (dragFrom) mark(dragFrom, month); });
      group.addEventListener('pointerup', () => {
        if (!dragFrom) return;
        const [from, to] = [dragFrom, month].sort();
        dragFrom = null;
        mark(null, null);
        onMonth(from, to);
      });
      group.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onMonth(month, month); }
      });
    }
    chart.append(group);
    if (i % labelEvery === 0) {
      chart.append(svg('text', { x: x + bar / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'tick' }, month));
    }
  });
  chart.addEventListener('pointerleave', () => { dragFrom = null; mark(null, null); });
  container.append(chart);
  const legend = el('ul', { class: 'legend' });
  for (const key of by.keys) {
    legend.append(el('li', {}, el('span', { class: `swatch ${by.css(key)}` }), by.name(key)));
  }
  container.append(legend);
}
