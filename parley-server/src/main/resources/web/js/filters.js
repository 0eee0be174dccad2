// The event filters of a page's form, kept in the page's URL so that a filtered view can be linked.

const FIELDS = ['country', 'country2', 'actor', 'type', 'status', 'channel', 'from', 'to', 'q', 'level'];

/** Fills the form from the URL. */
export function formFromUrl(form) {
  const params = new URLSearchParams(window.location.search);
  const pair = (params.get('pair') || '').split(/[-,]/);
  if (pair.length === 2) {
    params.set('country', pair[0]);
    params.set('country2', pair[1]);
  }
  for (const name of FIELDS) {
    const field = form.elements[name];
    if (!field || !params.has(name)) continue;
    const value = params.get(name);
    // a value no option offers ("?type=summit") is kept, so that the API names it as wrong, not dropped
    if (field.tagName === 'SELECT' && value && ![...field.options].some((o) => o.value === value)) {
      field.append(new Option(value, value));
    }
    field.value = value;
  }
}

/** The API's filter parameters from the form: two countries make a pair. */
export function apiFilters(form) {
  const value = (name) => (form.elements[name] ? form.elements[name].value.trim() : '');
  const a = value('country'); const b = value('country2');
  const out = {
    actor: value('actor'), type: value('type'), status: value('status'), from: value('from'), to: value('to'), q: value('q'),
  };
  if (form.elements.channel) out.channel = value('channel');
  if (a && b) out.pair = `${a}-${b}`;
  else if (a || b) out.country = a || b;
  if (form.elements.level) out.level = value('level');
  return out;
}

/** Puts the filters in the URL (one history entry per search). */
export function filtersToUrl(filters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  window.history.pushState(null, '', window.location.pathname + (query ? `?${query}` : ''));
}
