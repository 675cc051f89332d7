/** Resolvers of the actions area: pillars, actions, parts, involvements, targets, milestones. */
import { badUserInput } from '../../errors.ts';
import type { InvolvementKind, Resolvers } from '../../generated/graphql.ts';
import { foldText } from '../../graph/text-folding.ts';
import { INVOLVEMENT_TYPES, PARTIAL_DATE_PATTERN } from '../../graph/contract.ts';
import { checkFirst, decodeCursor, toConnection } from '../kernel/connection.ts';
import {
  fromEnumValue,
  toNodeModel,
  type InvolvementModel,
  type NodeModel,
} from '../kernel/models.ts';
import { readWithPrefetch } from '../lookahead/prefetch.ts';
import { mapNow } from '../kernel/batch.ts';
import { loadLinks, nodeFields } from '../nodes/node-fields.ts';
import type { RequestContext } from '../kernel/context.ts';
import { ACTION_INVOLVEMENT_FIELDS, involvementKey, strongestFirst } from './action.loaders.ts';
import {
  ACTION_BY_NUMBER,
  ACTION_FILTERS,
  actionListStatements,
  MEASUREMENT_FILTERS,
  measurementListStatements,
  MILESTONE_FILTERS,
  milestoneListStatements,
  PILLARS,
} from './action.cypher.ts';

const ofKinds = (kinds: readonly string[]) => (involvements: InvolvementModel[]) =>
  involvements.filter((involvement) => kinds.includes(involvement.kind));

function filterKinds(kinds: readonly InvolvementKind[] | null | undefined) {
  return (involvements: InvolvementModel[]) =>
    kinds && kinds.length > 0
      ? involvements.filter((i) => kinds.includes(i.kind as InvolvementKind))
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

const nodes = (links: { node: NodeModel }[]) => links.map((link) => link.node);

/** An optional scalar property: absent in the graph, null in the answer. */
const optional =
  <T>(property: string) =>
  (node: NodeModel): T | null =>
    (node[property] as T | undefined) ?? null;

/** An action's involvements of some kinds; the loader leaves out the action, which the caller holds. */
const involvementsOf = (
  context: RequestContext,
  action: NodeModel,
  kinds: readonly string[] | null | undefined,
): InvolvementModel[] | Promise<InvolvementModel[]> =>
  mapNow(context.actions.involvementsOfAction.loadNow(involvementKey(action.id, kinds)), (list) =>
    list.map((involvement) => ({ ...involvement, action })),
  );

/** `leads`, `contributors`, ...: each the involvements of its kinds. */
const involvementFields = Object.fromEntries(
  Object.entries(ACTION_INVOLVEMENT_FIELDS).map(([field, kinds]) => [
    field,
    (action: NodeModel, _args: unknown, context: RequestContext) =>
      involvementsOf(context, action, kinds),
  ]),
) as Record<
  keyof typeof ACTION_INVOLVEMENT_FIELDS,
  (
    action: NodeModel,
    args: unknown,
    context: RequestContext,
  ) => InvolvementModel[] | Promise<InvolvementModel[]>
>;

export const actionResolvers: Resolvers = {
  Query: {
    pillars: async (_root, _args, context) =>
      (await context.gateway.read(PILLARS)).map((row) => toNodeModel(row.node, row.labels)),
    action: async (_root, { number }, context, info) => {
      const { rows } = await readWithPrefetch(context, info, {
        cypher: ACTION_BY_NUMBER,
        params: { number },
      });
      const [row] = rows;
      return row ? toNodeModel(row.node, row.labels) : null;
    },
    actions: async (_root, { filter, first, after }, context, info) => {
      const limit = checkFirst(first);
      const cursor = decodeCursor(after);
      const involvement = filter?.involvement?.length ? filter.involvement : INVOLVEMENT_TYPES;
      const params = {
        numbers: filter?.numbers ?? null,
        pillar: filter?.pillar ?? null,
        actors: filter?.actors?.length ? filter.actors : null,
        organisationKinds: filter?.organisationKinds?.length
          ? filter.organisationKinds.map(fromEnumValue)
          : null,
        programme: filter?.programme ?? null,
        topsector: filter?.topsector ?? null,
        region: filter?.region ?? null,
      };
      if (cursor && typeof cursor[0] !== 'number')
        throw badUserInput('"after" is not a cursor of this list', 'after');
      const statements = actionListStatements({
        given: ACTION_FILTERS.filter((name) => params[name] !== null),
        kinds: involvement,
      });
      const { rows, count } = await readWithPrefetch(context, info, {
        cypher: statements.page,
        params: { ...params, afterNumber: cursor ? cursor[0] : null, limit: limit + 1 },
        count: { cypher: statements.count, params },
        shown: limit,
      });
      return toConnection(
        rows.map((row) => toNodeModel(row.node, row.labels)),
        limit,
        (node) => node.number as number,
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
  Pillar: {
    ...nodeFields,
    actions: (pillar, _args, context) =>
      mapNow(loadLinks(context, 'actionsOfPillar', pillar), nodes),
  },
  Action: {
    ...nodeFields,
    urls: (action) => (action.urls as string[] | undefined) ?? [],
    pillar: (action, _args, context) =>
      mapNow(loadLinks(context, 'pillarOfAction', action), ([pillar]) => {
        if (!pillar) throw new Error(`action ${action.id} has no pillar`);
        return pillar.node;
      }),
    parts: (action, _args, context) =>
      mapNow(loadLinks(context, 'partsOfAction', action), (links) =>
        nodes(links).sort((a, b) => String(a.code).localeCompare(String(b.code))),
      ),
    ...involvementFields,
    drivers: (action, _args, context) =>
      mapNow(involvementsOf(context, action, ACTION_INVOLVEMENT_FIELDS.drivers), strongestFirst),
    noDriverReason: optional<string>('noDriverReason'),
    measurements: (action, _args, context) =>
      mapNow(loadLinks(context, 'measurements', action), nodes),
    actors: (action, { kinds }, context) => involvementsOf(context, action, kinds),
    targets: (action, _args, context) => context.actions.targetsOfAction.loadNow(action.id),
    milestones: (action, _args, context) => context.actions.milestonesOfAction.loadNow(action.id),
  },
  ActionPart: {
    ...nodeFields,
    action: (part, _args, context) =>
      mapNow(loadLinks(context, 'actionOfPart', part), ([action]) => {
        if (!action) throw new Error(`action part ${part.id} has no action`);
        return action.node;
      }),
    drivers: (part, _args, context) =>
      mapNow(context.actions.involvementsOfPart.loadNow(part.id), strongestFirst),
    noDriverReason: optional<string>('noDriverReason'),
    measurements: (part, _args, context) => mapNow(loadLinks(context, 'measurements', part), nodes),
    leads: (part, _args, context) =>
      mapNow(context.actions.involvementsOfPart.loadNow(part.id), ofKinds(['LEADS'])),
    actors: (part, { kinds }, context) =>
      mapNow(context.actions.involvementsOfPart.loadNow(part.id), filterKinds(kinds)),
    targets: (part, _args, context) => mapNow(loadLinks(context, 'targets', part), nodes),
    milestones: (part, _args, context) => mapNow(loadLinks(context, 'milestones', part), nodes),
  },
  Involvement: {
    kind: (involvement) => involvement.kind as InvolvementKind,
  },
  Target: {
    ...nodeFields,
    baseline: (target) => (target.baseline as number | undefined) ?? null,
    targetYear: (target) => (target.targetYear as number | undefined) ?? null,
    current: (target) => (target.current as number | undefined) ?? null,
    // Each measurement carries its target along, so reachesTarget needs no extra query.
    measurements: (target, _args, context) =>
      mapNow(loadLinks(context, 'measurements', target), (links) =>
        nodes(links).map((m) => ({ ...m, __target: target })),
      ),
    action: async (target, _args, context) => {
      const owner = await context.actions.ownerOf.load(target.id);
      if (!owner.action) throw new Error(`target ${target.id} belongs to no action`);
      return owner.action;
    },
    part: async (target, _args, context) => (await context.actions.ownerOf.load(target.id)).part,
  },
  Measurement: {
    ...nodeFields,
    segment: optional<string>('segment'),
    counts: optional<string>('counts'),
    period: optional<string>('period'),
    date: optional<string>('date'),
    discrepancy: optional<string>('discrepancy'),
    parts: (measurement, _args, context) =>
      mapNow(loadLinks(context, 'measurementParts', measurement), nodes),
    partOf: (measurement, _args, context) =>
      mapNow(loadLinks(context, 'measurementWhole', measurement), ([whole]) => whole?.node ?? null),
    partsSum: (measurement, _args, context) =>
      mapNow(loadLinks(context, 'measurementParts', measurement), (links) =>
        links.length === 0 ? null : links.reduce((sum, link) => sum + Number(link.node.value), 0),
      ),
    statedFor: (measurement, _args, context) =>
      loadLinks(context, 'measurementOwners', measurement),
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
      (await context.actions.ownerOf.load(milestone.id)).action,
    part: async (milestone, _args, context) =>
      (await context.actions.ownerOf.load(milestone.id)).part,
    region: async (milestone, _args, context) =>
      (await context.actions.ownerOf.load(milestone.id)).region,
    concerns: (milestone, _args, context) => loadLinks(context, 'concerns', milestone),
  },
};
