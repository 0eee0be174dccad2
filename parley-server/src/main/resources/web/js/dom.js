// DOM building without markup: every string becomes a text node or an attribute value, never HTML.
// Article text, names and titles come from the news; this is what keeps them inert.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** An HTML element: el('a', {href: '/x', class: 'y'}, 'text', otherNode). */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** A link target only for http(s) URLs: a "javascript:" URL from an article must never become a link. */
export function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** Text with [begin, end) wrapped in a <mark>: three nodes, the text never parsed. */
export function highlighted(text, begin, end, markAttrs) {
  const frag = document.createDocumentFragment();
  frag.append(text.slice(0, begin));
  frag.append(el('mark', markAttrs, text.slice(begin, end)));
  frag.append(text.slice(end));
  return frag;
}
