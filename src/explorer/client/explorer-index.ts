/**
 * What every view needs once per page load: the pillars with the ids of their actions'
 * nodes (so the pillar filter knows where an action part, target or milestone belongs) and
 * the landsdelen for the navigation. One request, cached.
 */
import type { ExplorerIndexQuery } from '../../generated/explorer-operations.ts';
import { graphqlRequest } from './graphql-client.ts';
import { EXPLORER_INDEX } from './operations.ts';

type IndexAction = ExplorerIndexQuery['actions']['nodes'][number];

export interface ExplorerIndex {
  readonly pillars: readonly (ExplorerIndexQuery['pillars'][number] & {
    readonly actions: readonly IndexAction[];
  })[];
  readonly landsdelen: ExplorerIndexQuery['regions']['nodes'];
  /** Node id -> pillar number, for actions and everything that hangs under them. */
  readonly pillarOf: ReadonlyMap<string, number>;
}

export function indexOf(data: ExplorerIndexQuery): ExplorerIndex {
  const pillarOf = new Map<string, number>();
  for (const action of data.actions.nodes) {
    const ids = [
      action.id,
      ...action.parts.map((part) => part.id),
      ...action.targets.flatMap((target) => [target.id, ...target.measurements.map((m) => m.id)]),
      ...action.milestones.map((milestone) => milestone.id),
    ];
    for (const id of ids) pillarOf.set(id, action.pillar.number);
  }
  const pillars = data.pillars.map((pillar) => ({
    ...pillar,
    actions: data.actions.nodes.filter((action) => action.pillar.number === pillar.number),
  }));
  return { pillars, landsdelen: data.regions.nodes, pillarOf };
}

let cached: Promise<ExplorerIndex> | undefined;

export function loadIndex(): Promise<ExplorerIndex> {
  cached ??= graphqlRequest<ExplorerIndexQuery, Record<string, never>>(EXPLORER_INDEX, {}).then(
    indexOf,
    (error: unknown) => {
      cached = undefined; // try again on the next view
      throw error;
    },
  );
  return cached;
}
