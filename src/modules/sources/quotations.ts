/**
 * The passages of a source that facts quote, with their selectors: what a source viewer
 * highlights, each linked to its node or relationship.
 */
import type { Neo4jGateway } from '../../db/gateway.ts';
import { textSelector, type TextSelector } from '../../graph/text-anchors.ts';
import {
  toNodeModel,
  toRelationModel,
  type NodeModel,
  type RelationModel,
} from '../kernel/models.ts';
import { QUOTATIONS_OF_SOURCE } from './sources.cypher.ts';

export interface QuotationModel {
  readonly selector: TextSelector;
  readonly factId: string;
  readonly kind: 'NODE' | 'RELATIONSHIP';
  readonly node: NodeModel;
  readonly relation: RelationModel | null;
  readonly target: NodeModel | null;
}

export async function quotationsOf(
  gateway: Neo4jGateway,
  sourceId: string,
  text: string,
): Promise<QuotationModel[]> {
  const rows = await gateway.read(QUOTATIONS_OF_SOURCE, { source: sourceId });
  return rows
    .filter((row) => typeof row.start === 'number')
    .map((row) => ({
      selector: textSelector(text, Number(row.start), String(row.quote)),
      factId: String(row.factId),
      kind: row.kind === 'NODE' ? 'NODE' : 'RELATIONSHIP',
      node: toNodeModel(row.node, row.labels),
      relation: row.rel ? toRelationModel(row.rel, row.type) : null,
      target: row.target ? toNodeModel(row.target, row.targetLabels) : null,
    }));
}
