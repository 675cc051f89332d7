/**
 * A few DOM helpers instead of a UI framework: the explorer is a handful of views, and
 * plain elements keep the bundle small and the behaviour easy to follow in devtools.
 */

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

/** An element with attributes (`on*` keys become listeners; false/null/undefined are left out). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'className') {
      element.className = String(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** An SVG element (SVG needs its namespace; `h` makes HTML elements). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children)
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** A link inside the explorer (hash routing: works from any path the page is served at). */
export function routeLink(
  route: string,
  text: Child,
  attributes: Attributes = {},
): HTMLAnchorElement {
  return h('a', { href: `#${route}`, ...attributes }, text);
}

/** A quote as the report words it, with its source. */
export function evidenceBlock(evidence: {
  quote: string;
  source?: { title: string } | null;
}): HTMLElement {
  return h(
    'figure',
    { className: 'evidence' },
    h('blockquote', { lang: 'nl' }, evidence.quote),
    evidence.source ? h('figcaption', {}, evidence.source.title) : null,
  );
}
