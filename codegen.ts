/**
 * schema/*.graphql (the source of truth) -> src/generated/graphql.ts (resolver types), and
 * the explorer's operations, checked against that schema -> src/generated/explorer-operations.ts
 * (their result and variable types).
 * `npm run codegen` writes it; `npm run codegen:check` (in `npm test`'s pretest) fails when
 * the committed file is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/explorer-operations.ts': {
      documents: 'src/explorer/client/operations.ts',
      plugins: ['typescript-operations'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null',
        skipTypename: true,
      },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../modules/kernel/context.ts#RequestContext',
        mappers: {
          Action: '../modules/kernel/models.ts#NodeModel',
          ActionPart: '../modules/kernel/models.ts#NodeModel',
          Pillar: '../modules/kernel/models.ts#NodeModel',
          Source: '../modules/kernel/models.ts#NodeModel',
          Organisation: '../modules/kernel/models.ts#NodeModel',
          Programme: '../modules/kernel/models.ts#NodeModel',
          Topsector: '../modules/kernel/models.ts#NodeModel',
          Region: '../modules/kernel/models.ts#NodeModel',
          Target: '../modules/kernel/models.ts#NodeModel',
          Measurement: '../modules/kernel/models.ts#NodeModel',
          Milestone: '../modules/kernel/models.ts#NodeModel',
          Node: '../modules/kernel/models.ts#NodeModel',
          Actor: '../modules/kernel/models.ts#NodeModel',
          Evidence: '../modules/kernel/models.ts#EvidenceModel',
          Relation: '../modules/kernel/models.ts#RelationModel',
          Involvement: '../modules/kernel/models.ts#InvolvementModel',
          NodeLink: '../modules/kernel/models.ts#LinkModel',
          ActorLink: '../modules/kernel/models.ts#LinkModel',
          OrganisationLink: '../modules/kernel/models.ts#LinkModel',
          ProgrammeLink: '../modules/kernel/models.ts#LinkModel',
          RegionLink: '../modules/kernel/models.ts#LinkModel',
          TopsectorLink: '../modules/kernel/models.ts#LinkModel',
          SearchHit: '../modules/kernel/models.ts#SearchHitModel',
          ActionConnection: '../modules/kernel/connection.ts#ConnectionModel',
          OrganisationConnection: '../modules/kernel/connection.ts#ConnectionModel',
          ProgrammeConnection: '../modules/kernel/connection.ts#ConnectionModel',
          RegionConnection: '../modules/kernel/connection.ts#ConnectionModel',
          TopsectorConnection: '../modules/kernel/connection.ts#ConnectionModel',
          ActorConnection: '../modules/kernel/connection.ts#ConnectionModel',
          MilestoneConnection: '../modules/kernel/connection.ts#ConnectionModel',
          MeasurementConnection: '../modules/kernel/connection.ts#ConnectionModel',
          ActionEdge: '../modules/kernel/connection.ts#EdgeModel',
          OrganisationEdge: '../modules/kernel/connection.ts#EdgeModel',
          ProgrammeEdge: '../modules/kernel/connection.ts#EdgeModel',
          RegionEdge: '../modules/kernel/connection.ts#EdgeModel',
          TopsectorEdge: '../modules/kernel/connection.ts#EdgeModel',
          ActorEdge: '../modules/kernel/connection.ts#EdgeModel',
          MilestoneEdge: '../modules/kernel/connection.ts#EdgeModel',
          MeasurementEdge: '../modules/kernel/connection.ts#EdgeModel',
          GraphNode: '../modules/network/subgraph.ts#GraphNodeModel',
          GraphEdge: '../modules/network/subgraph.ts#GraphEdgeModel',
          Subgraph: '../modules/network/subgraph.ts#SubgraphModel',
          Path: '../modules/network/subgraph.ts#PathModel',
          PathHop: '../modules/network/subgraph.ts#PathHopModel',
          Collaborator: '../modules/network/co-involvement.ts#CollaboratorModel',
          SharedWork: '../modules/network/co-involvement.ts#SharedWorkModel',
          ActorCentrality: '../modules/network/centrality.ts#CentralityModel',
          Edit: '../modules/curation/curation.resolvers.ts#EditModel',
          Revision: '../modules/curation/revisions.ts#RevisionModel',
          FactChange: '../modules/curation/revisions.ts#FactChangeModel',
          FactSnapshot: '../modules/curation/facts.ts#FactSnapshotModel',
        },
        scalars: { PropertyMap: 'Record<string, unknown>' },
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
