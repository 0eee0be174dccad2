// The article page: the original text with every evidence sentence marked and linked to its event.
import { getJson, showError, requiredParam } from './api.js';
import { el, clear, safeUrl } from './dom.js';
import { articleText } from './evidence.js';

async function main() {
  try {
    const a = await getJson(`/api/articles/${encodeURIComponent(requiredParam('id', '/article.html?id=3f2a...'))}`);
    const url = safeUrl(a.url);
    const box = clear(document.getElementById('article'));
    box.append(
      el('h1', {}, a.title || a.sourceId),
      el('p', { class: 'meta' },
        a.published ? `Published ${a.published}${a.publishedHow ? ` (from the ${a.publishedHow})` : ''}. ` : 'No publication date. ',
        url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'Original article') : `Read from ${a.origin}`,
        ` · ${a.spans.length} event${a.spans.length === 1 ? '' : 's'} read from it`),
      articleText(a.text, a.spans, null));
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target) {
      target.classList.add('current');
      target.scrollIntoView({ block: 'center' });
    }
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loaded = 'true';
  }
}

main();
