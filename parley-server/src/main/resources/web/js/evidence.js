// An article's text with evidence sentences marked, built from text nodes and <mark> elements only.
import { el } from './dom.js';
import { eventHref } from './api.js';

/**
 * The text in a <div>, with each span [begin, end) of spans wrapped in a <mark> linking to its event.
 * Spans that overlap an earlier one are left unmarked (two events read from one sentence share a span);
 * the span of {@code currentEventId}, when given, is marked "current".
 */
export function articleText(text, spans, currentEventId) {
  const box = el('div', { class: 'article-text' });
  const sorted = [...spans].sort((a, b) => a.begin - b.begin || (a.eventId === currentEventId ? -1 : 1));
  let at = 0;
  for (const span of sorted) {
    if (span.begin < at || span.end > text.length || span.end <= span.begin) continue;
    box.append(text.slice(at, span.begin));
    const current = span.eventId === currentEventId;
    const mark = el('mark', {
      id: `evidence-${span.eventId}`, class: current ? 'evidence current' : 'evidence', 'data-event': span.eventId,
    }, text.slice(span.begin, span.end));
    box.append(current ? mark : el('a', { href: eventHref(span.eventId), class: 'evidence-link' }, mark));
    at = span.end;
  }
  box.append(text.slice(at));
  return box;
}
