/**
 * What the router keeps of a rendered view (its graph, for tests and tooling; how to end
 * it), and the list pages built on the page index.
 */
import { h, replaceChildren } from './dom.ts';
import { loadIndex, type ExplorerIndex } from './explorer-index.ts';
import type { GraphView } from './graph-view.ts';

export interface View {
  readonly graph?: GraphView;
  destroy(): void;
}

/** A list page built from the page index (the actions by pillar, the landsdelen). */
export function indexPage(
  app: HTMLElement,
  name: string,
  heading: string,
  body: (index: ExplorerIndex) => Node | Node[],
): View {
  replaceChildren(app, h('p', { className: 'hint page' }, 'Loading…'));
  void loadIndex().then(
    (index) => {
      document.title = `${name} · Techniekpact explorer`;
      replaceChildren(app, h('article', { className: 'page' }, h('h1', {}, heading), body(index)));
    },
    (error: unknown) =>
      replaceChildren(
        app,
        h(
          'p',
          { className: 'error page' },
          `Could not load the ${name.toLowerCase()}: ${(error as Error).message}`,
        ),
      ),
  );
  return { destroy: () => undefined };
}
