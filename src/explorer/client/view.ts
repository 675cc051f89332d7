/** What the router keeps of a rendered view: its graph (for tests and tooling) and how to end it. */
import type { GraphView } from './graph-view.ts';

export interface View {
  readonly graph?: GraphView;
  destroy(): void;
}
