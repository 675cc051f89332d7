/**
 * An `ActionFilter` as the parameters and the shape of its statement (actionListStatements):
 * one reading for the `actions` list and for `counts(by: PILLAR)`, so that a group counts
 * exactly what the list filtered the same way holds.
 */
import { badUserInput } from '../../errors.ts';
import type { ActionFilter } from '../../generated/graphql.ts';
import { DRIVER_TYPES, INVOLVEMENT_TYPES } from '../../graph/contract.ts';
import { countMinimums } from '../kernel/connection.ts';
import { fromEnumValue } from '../kernel/models.ts';
import {
  ACTION_FILTERS,
  ACTION_METRIC_NAMES,
  type ActionFilterShape,
  type ActionMetric,
} from './action.cypher.ts';

export interface ActionFilterParams {
  readonly params: Readonly<Record<string, unknown>>;
  readonly shape: ActionFilterShape;
}

/**
 * `argumentNames` name the filter's fields in errors: `filter.driverKinds` for the list,
 * the CountsFilter's own names for `counts`.
 */
export function actionFilterParams(
  filter: ActionFilter | null | undefined,
  argumentNames: { readonly driverKinds: string; readonly atLeast: string } = {
    driverKinds: 'filter.driverKinds',
    atLeast: 'filter.atLeast',
  },
  /** asOf: only actions these sources state (see kernel/as-of.ts); null: any. */
  statedBy: readonly string[] | null = null,
): ActionFilterParams {
  const driverKinds = filter?.driverKinds?.length ? filter.driverKinds : null;
  if (driverKinds) {
    const other = driverKinds.find((kind) => !(DRIVER_TYPES as readonly string[]).includes(kind));
    if (other !== undefined)
      throw badUserInput(
        `"${argumentNames.driverKinds}" takes ${DRIVER_TYPES.join(', ')}; ${other} is not a driver kind`,
        argumentNames.driverKinds,
      );
    if (filter?.hasStatedDriver == null)
      throw badUserInput(
        `"${argumentNames.driverKinds}" is for hasStatedDriver, which is not given`,
        argumentNames.driverKinds,
      );
  }
  const minimums = countMinimums(ACTION_METRIC_NAMES, filter?.atLeast, argumentNames.atLeast);
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
    hasStatedDriver: filter?.hasStatedDriver ?? null,
    statedBy,
    ...Object.fromEntries(Object.entries(minimums).map(([name, value]) => [`min_${name}`, value])),
  };
  return {
    params,
    shape: {
      given: ACTION_FILTERS.filter((name) => params[name] !== null),
      kinds: filter?.involvement?.length ? filter.involvement : INVOLVEMENT_TYPES,
      driverKinds: driverKinds ?? DRIVER_TYPES,
      minimums: Object.keys(minimums) as ActionMetric[],
    },
  };
}
