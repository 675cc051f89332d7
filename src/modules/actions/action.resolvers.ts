/** Resolvers of the actions area: pillars, actions, parts, involvements, targets, milestones. */
import { badUserInput } from '../../errors.ts';
import type { InvolvementKind, Resolvers } from '../../generated/graphql.ts';
import { DRIVER_TYPES, PARTIAL_DATE_PATTERN } from '../../graph/contract.ts';
import { foldText } from '../../graph/text-folding.ts';
import { checkFirst, decodeCursor, toConnection } from '../kernel/connection.ts';
import { checkActionOrder, decodeActionCursor, toActionConnection } from './action-order.ts';
import { actionFilterParams } from './action-filter.ts';
import { load, resolversOf, step } from '../kernel/field-loads.ts';
import { toNodeModel, type InvolvementModel, type NodeModel } from '../kernel/models.ts';
import { readAhead } from '../kernel/read-ahead.ts';
import { nodesVisibleFrom, withAsOf } from '../kernel/as-of.ts';
import { asOfSources } from '../editions/editions.ts';
import { linkedNodes, links } from '../links/link.loaders.ts';
import { nodeFields } from '../nodes/node-fields.ts';
import {
  INVOLVEMENTS_OF_PARTS,
  involvementsOfAction,
  MILESTONES_OF_ACTIONS,
  OWNER_OF,
  strongestFirst,
  TARGETS_OF_ACTIONS,
} from './action.loaders.ts';
import {
  ACTION_BY_NUMBER,
  actionListStatements,
  MEASUREMENT_FILTERS,
  measurementListStatements,
  MILESTONE_FILTERS,
  milestoneListStatements,
  PILLARS,
} from './action.cypher.ts';

/** Involvements of the given kinds (all of them for none). */
function ofKinds(kinds: readonly string[] | null | undefined) {
  return (involvements: InvolvementModel[]) =>
    kinds && kinds.length > 0
      ? involvements.filter((involvement) => kinds.includes(involvement.kind))
      : involvements;
}

function checkDate(value: string | null | undefined, argumentName: string): string | null {
  if (value === null || value === undefined) return null;
  if (!PARTIAL_DATE_PATTERN.test(value)) {
    throw badUserInput(
      `"${argumentName}" must be YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`,
      argumentName,
    );
  }
  return value;
}

type KindsArgs = { readonly kinds?: readonly InvolvementKind[] | null };
const kindsArgument = (args: KindsArgs) => args.kinds;
const only = (kinds: readonly InvolvementKind[]) => () => kinds;

const pillarLoads = {
  actions: links('actionsOfPillar', linkedNodes),
};

/** An optional scalar property: absent in the graph, null in the answer. */
const optional =
  <T>(property: string) =>
  (node: NodeModel): T | null =>
    (node[property] as T | undefined) ?? null;

const actionLoads = {
  pillar: links('pillarOfAction', ([pillar], action) => {
    if (!pillar) throw new Error(`action ${action.id} has no pillar`);
    return pillar.node;
  }),
  parts: links('partsOfAction', (parts, action) =>
    nodesVisibleFrom(action, linkedNodes(parts)).sort((a, b) =>
      String(a.code).localeCompare(String(b.code)),
    ),
  ),
  leads: involvementsOfAction(only(['LEADS'])),
  commissioners: involvementsOfAction(only(['COMMISSIONS'])),
  contributors: involvementsOfAction(only(['CONTRIBUTES_TO'])),
  programmes: involvementsOfAction(only(['IMPLEMENTS'])),
  funders: involvementsOfAction(only(['FUNDS'])),
  mentions: involvementsOfAction(only(['MENTIONED_IN'])),
  actors: involvementsOfAction(kindsArgument),
  drivers: involvementsOfAction(only(DRIVER_TYPES), strongestFirst),
  measurements: links('measurements', (links, action) =>
    nodesVisibleFrom(action, linkedNodes(links)),
  ),
  targets: load({
    batch: TARGETS_OF_ACTIONS,
    key: (id: string) => id,
    then: (targets, action) => nodesVisibleFrom(action, targets),
  }),
  milestones: load({
    batch: MILESTONES_OF_ACTIONS,
    key: (id: string) => id,
    then: (milestones, action) => nodesVisibleFrom(action, milestones),
  }),
};

const actionPartLoads = {
  action: links('actionOfPart', ([action], part) => {
    if (!action) throw new Error(`action part ${part.id} has no action`);
    return action.node;
  }),
  leads: load({ batch: INVOLVEMENTS_OF_PARTS, key: (id: string) => id, then: ofKinds(['LEADS']) }),
  drivers: load({ batch: INVOLVEMENTS_OF_PARTS, key: (id: string) => id, then: strongestFirst }),
  measurements: links('measurements', linkedNodes),
  actors: load({
    batch: INVOLVEMENTS_OF_PARTS,
    key: (id: string) => id,
    then: (involvements, _part, { kinds }: KindsArgs) => ofKinds(kinds)(involvements),
  }),
  targets: links('targets', linkedNodes),
  milestones: links('milestones', linkedNodes),
};

/** An involvement's actor, action and part: steps to the columns of its row. */
const involvementLoads = {
  actor: step('actor', (involvement: InvolvementModel) => involvement.actor),
  action: step('action', (involvement: InvolvementModel) => involvement.action),
  part: step('part', (involvement: InvolvementModel) => involvement.part),
};

const targetLoads = {
  // Each measurement carries its target along, so reachesTarget needs no extra query.
  measurements: links('measurements', (measurements, target) =>
    linkedNodes(measurements).map((m) => ({ ...m, __target: target })),
  ),
};

const measurementLoads = {
  parts: links('measurementParts', linkedNodes),
  partOf: links('measurementWhole', ([whole]) => whole?.node ?? null),
  partsSum: links('measurementParts', (parts) =>
    parts.length === 0 ? null : parts.reduce((sum, link) => sum + Number(link.node.value), 0),
  ),
  statedFor: links('measurementOwners'),
};

const milestoneLoads = {
  concerns: links('concerns'),
};

export const actionResolvers: Resolvers = {
  Query: {
    pillars: async (_root, _args, context) =>
      (await context.gateway.read(PILLARS)).map((row) => toNodeModel(row.node, row.labels)),
    action: async (_root, { number }, context, info) => {
      const { rows } = await readAhead(context, info, {
        cypher: ACTION_BY_NUMBER,
        params: { number },
        returns: 'node',
      });
      const [row] = rows;
      return row ? toNodeModel(row.node, row.labels) : null;
    },
    actions: async (_root, { filter, orderBy, first, after, asOf }, context, info) => {
      const limit = checkFirst(first);
      const order = checkActionOrder(orderBy);
      const cursor = decodeActionCursor(after, order);
      const visible = asOf ? await asOfSources(context, asOf) : null;
      const filterParams = actionFilterParams(filter, undefined, visible && [...visible.sources]);
      const { params, shape } = filterParams;
      const statements = actionListStatements({ ...shape, order });
      const { rows, count } = await readAhead(context, info, {
        cypher: statements.page,
        params: {
          ...params,
          afterNumber: cursor?.number ?? null,
          afterValue: typeof cursor?.value === 'number' ? cursor.value : null,
          afterTitle: typeof cursor?.value === 'string' ? cursor.value : null,
          limit: limit + 1,
        },
        count: { cypher: statements.count, params },
        shown: limit,
        returns: 'page',
        extraColumns: ['orderValue', 'titleKey'],
      });
      return toActionConnection(
        rows.map((row) => ({
          node: withAsOf(toNodeModel(row.node, row.labels), visible),
          orderValue: row.orderValue === null ? null : Number(row.orderValue),
          titleKey: row.titleKey === null ? null : String(row.titleKey),
        })),
        limit,
        order,
        cursor !== null,
        async () =>
          count ?? Number((await context.gateway.read(statements.count, params))[0]?.count ?? 0),
      );
    },
    milestones: async (_root, { filter, first, after }, context) => {
      const limit = checkFirst(first);
      const cursor = decodeCursor(after);
      const words = filter?.text ? foldText(filter.text).split(' ').filter(Boolean) : [];
      const params = {
        on: checkDate(filter?.on, 'filter.on'),
        from: checkDate(filter?.from, 'filter.from'),
        to: checkDate(filter?.to, 'filter.to'),
        action: filter?.action ?? null,
        concerns: filter?.concerns ?? null,
        words: words.length > 0 ? words : null,
      };
      const statements = milestoneListStatements(
        MILESTONE_FILTERS.filter((name) => params[name] !== null),
      );
      const rows = await context.gateway.read(statements.page, {
        ...params,
        afterDate: cursor ? String(cursor[0]) : null,
        afterId: cursor ? cursor[1] : null,
        limit: limit + 1,
      });
      return toConnection(
        rows.map((row) => toNodeModel(row.node, row.labels)),
        limit,
        (node) => String(node.date),
        cursor !== null,
        async () => Number((await context.gateway.read(statements.count, params))[0]?.count ?? 0),
      );
    },
    measurements: async (_root, { filter, first, after }, context) => {
      const limit = checkFirst(first);
      const cursor = decodeCursor(after);
      const words = filter?.text ? foldText(filter.text).split(' ').filter(Boolean) : [];
      const params = {
        statedFor: filter?.statedFor ?? null,
        unit: filter?.unit ?? null,
        period: filter?.period ?? null,
        words: words.length > 0 ? words : null,
      };
      const statements = measurementListStatements(
        MEASUREMENT_FILTERS.filter((name) => params[name] !== null),
      );
      const rows = await context.gateway.read(statements.page, {
        ...params,
        afterId: cursor ? String(cursor[0]) : null,
        limit: limit + 1,
      });
      return toConnection(
        rows.map((row) => toNodeModel(row.node, row.labels)),
        limit,
        (node) => node.id,
        cursor !== null,
        async () => Number((await context.gateway.read(statements.count, params))[0]?.count ?? 0),
      );
    },
  },
  Pillar: { ...nodeFields, ...resolversOf(pillarLoads) },
  Action: {
    ...nodeFields,
    urls: (action) => (action.urls as string[] | undefined) ?? [],
    noDriverReason: optional<string>('noDriverReason'),
    ...resolversOf(actionLoads),
  },
  ActionPart: {
    ...nodeFields,
    noDriverReason: optional<string>('noDriverReason'),
    ...resolversOf(actionPartLoads),
  },
  Involvement: {
    ...resolversOf(involvementLoads),
    kind: (involvement) => involvement.kind,
  },
  Target: {
    ...nodeFields,
    baseline: (target) => (target.baseline as number | undefined) ?? null,
    targetYear: (target) => (target.targetYear as number | undefined) ?? null,
    current: (target) => (target.current as number | undefined) ?? null,
    ...resolversOf(targetLoads),
    action: async (target, _args, context) => {
      const owner = await context.loader(OWNER_OF).load(target.id);
      if (!owner.action) throw new Error(`target ${target.id} belongs to no action`);
      return owner.action;
    },
    part: async (target, _args, context) => (await context.loader(OWNER_OF).load(target.id)).part,
  },
  Measurement: {
    ...nodeFields,
    segment: optional<string>('segment'),
    counts: optional<string>('counts'),
    period: optional<string>('period'),
    date: optional<string>('date'),
    discrepancy: optional<string>('discrepancy'),
    ...resolversOf(measurementLoads),
    reachesTarget: (measurement) => {
      const target = measurement.__target as NodeModel | undefined;
      if (!target || typeof target.target !== 'number') return null;
      const value = measurement.value as number;
      const rising = typeof target.baseline !== 'number' || target.target >= target.baseline;
      return rising ? value >= target.target : value <= target.target;
    },
  },
  Milestone: {
    ...nodeFields,
    endDate: optional<string>('endDate'),
    amount: optional<number>('amount'),
    unit: optional<string>('unit'),
    counts: optional<string>('counts'),
    precision: (milestone) => {
      const length = String(milestone.date).length;
      return length === 4 ? 'YEAR' : length === 7 ? 'MONTH' : 'DAY';
    },
    action: async (milestone, _args, context) =>
      (await context.loader(OWNER_OF).load(milestone.id)).action,
    part: async (milestone, _args, context) =>
      (await context.loader(OWNER_OF).load(milestone.id)).part,
    region: async (milestone, _args, context) =>
      (await context.loader(OWNER_OF).load(milestone.id)).region,
    ...resolversOf(milestoneLoads),
  },
};
