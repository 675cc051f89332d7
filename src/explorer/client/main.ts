/**
 * The explorer's entry point: a hash router over the views.
 *
 *   #/                         explore (search first)
 *   #/explore/<id>?depth=1..3  a node's neighbourhood
 *   #/paths?from=<id>&to=<id>  how two nodes are connected
 *   #/actions, #/action/<n>    the actions, one action
 *   #/regions, #/region/<id>   the landsdelen, one region
 *   #/sources, #/source/<id>   the sources, one source's text (…/review: its review queue)
 *
 * Hash routes keep every view linkable and let the page be served from one HTML route.
 */
import { actionList, actionPage } from './action-page.ts';
import { h, replaceChildren } from './dom.ts';
import { exploreView } from './explore-view.ts';
import { pathsView } from './paths-view.ts';
import { regionList, regionPage } from './region-page.ts';
import { signInControl } from './sign-in.ts';
import { sourceList, sourceView } from './source-view.ts';
import type { View } from './view.ts';

declare global {
  interface Window {
    /** For tests and devtools: the current view's graph. */
    techniekpactExplorer?: { view: View | undefined };
  }
}

const app = document.getElementById('app')!;
const hook: { view: View | undefined } = { view: undefined };
window.techniekpactExplorer = hook;

/**
 * Each view renders into its own element, replaced on navigation: an answer that arrives
 * after the user has moved on lands in a detached element instead of over the new view.
 */
function route(): View {
  const host = h('div', { className: 'view' });
  replaceChildren(app, host);
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = hash.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [page, arg, tab] = parts;
  switch (page) {
    case undefined:
    case 'explore':
      return exploreView(host, params, arg);
    case 'paths':
      return pathsView(host, params);
    case 'actions':
      return actionList(host);
    case 'action':
      return actionPage(host, Number(arg));
    case 'regions':
      return regionList(host);
    case 'region':
      return arg ? regionPage(host, arg) : regionList(host);
    case 'sources':
      return sourceList(host);
    case 'source':
      return arg ? sourceView(host, arg, tab, params) : sourceList(host);
    default:
      replaceChildren(host, h('p', { className: 'error page' }, `No page at #${path}.`));
      return { destroy: () => undefined };
  }
}

/** The top bar's link of a page that is one item of a list. */
const NAV_PAGE_OF: ReadonlyMap<string, string> = new Map([
  ['action', 'actions'],
  ['region', 'regions'],
  ['source', 'sources'],
]);

function render(): void {
  hook.view?.destroy();
  hook.view = route();
  const page = location.hash.split('/')[1]?.split('?')[0] ?? '';
  document.querySelectorAll<HTMLAnchorElement>('nav.top-nav a[data-page]').forEach((link) => {
    const current = link.dataset.page === (NAV_PAGE_OF.get(page) ?? (page || 'explore'));
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
}

// The curator's session lives beside the views, in the top bar: it outlasts navigation.
document.querySelector('header.top-bar')?.append(signInControl());

window.addEventListener('hashchange', render);
render();
