/** The download buttons under a graph: GEXF and GraphML of what is visible, and a PNG. */
import { h } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { fileNameOf, toViewExport, VIEW_FORMATS, type ViewFormat } from './view-export.ts';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadButtons(graph: GraphView, title: () => string): HTMLElement {
  const file = (format: ViewFormat) => () => {
    const { write, extension, type } = VIEW_FORMATS[format];
    const body = write(toViewExport(graph.visible(), title()));
    save(new Blob([body], { type }), fileNameOf(title(), extension));
  };
  return h(
    'div',
    { className: 'downloads', role: 'group', 'aria-label': 'Download the current view' },
    h('span', { className: 'group-label' }, 'Download view'),
    h('button', { type: 'button', onclick: file('gexf') }, 'GEXF'),
    h('button', { type: 'button', onclick: file('graphml') }, 'GraphML'),
    h(
      'button',
      { type: 'button', onclick: () => save(graph.png(), fileNameOf(title(), '.png')) },
      'PNG',
    ),
  );
}
