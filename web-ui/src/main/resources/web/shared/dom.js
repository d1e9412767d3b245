// Tiny DOM helpers: elements are built from text only (never innerHTML), so no answer or document text can inject markup.

/** h('button', {class: 'btn', onclick: fn}, 'Text', child…) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the content of a container. */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

let politeRegion;
/** Announces a short status to screen readers without moving focus. */
export function announce(text) {
  if (!politeRegion) {
    politeRegion = h('div', { class: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
    document.body.append(politeRegion);
  }
  politeRegion.textContent = '';
  setTimeout(() => { politeRegion.textContent = text; }, 50);
}

/** Moves focus to the heading of a new page view, as a page load would. */
export function focusHeading(container) {
  const heading = container.querySelector('h1, h2');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}
