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
        contextType: '../api/request-context.ts#RequestContext',
        mappers: {
          Action: '../modules/graph-models.ts#NodeModel',
          ActionPart: '../modules/graph-models.ts#NodeModel',
          Pillar: '../modules/graph-models.ts#NodeModel',
          Source: '../modules/graph-models.ts#NodeModel',
          Organisation: '../modules/graph-models.ts#NodeModel',
          Programme: '../modules/graph-models.ts#NodeModel',
          Topsector: '../modules/graph-models.ts#NodeModel',
          Region: '../modules/graph-models.ts#NodeModel',
          Target: '../modules/graph-models.ts#NodeModel',
          Measurement: '../modules/graph-models.ts#NodeModel',
          Milestone: '../modules/graph-models.ts#NodeModel',
          Node: '../modules/graph-models.ts#NodeModel',
          Actor: '../modules/graph-models.ts#NodeModel',
          Evidence: '../modules/graph-models.ts#EvidenceModel',
          Relation: '../modules/graph-models.ts#RelationModel',
          Involvement: '../modules/graph-models.ts#InvolvementModel',
          NodeLink: '../modules/graph-models.ts#LinkModel',
          ActorLink: '../modules/graph-models.ts#LinkModel',
          OrganisationLink: '../modules/graph-models.ts#LinkModel',
          ProgrammeLink: '../modules/graph-models.ts#LinkModel',
          RegionLink: '../modules/graph-models.ts#LinkModel',
          TopsectorLink: '../modules/graph-models.ts#LinkModel',
          SearchHit: '../modules/graph-models.ts#SearchHitModel',
          ActionConnection: '../modules/connection.ts#ConnectionModel',
          OrganisationConnection: '../modules/connection.ts#ConnectionModel',
          ProgrammeConnection: '../modules/connection.ts#ConnectionModel',
          RegionConnection: '../modules/connection.ts#ConnectionModel',
          TopsectorConnection: '../modules/connection.ts#ConnectionModel',
          ActorConnection: '../modules/connection.ts#ConnectionModel',
          MilestoneConnection: '../modules/connection.ts#ConnectionModel',
          MeasurementConnection: '../modules/connection.ts#ConnectionModel',
          ActionEdge: '../modules/connection.ts#EdgeModel',
          OrganisationEdge: '../modules/connection.ts#EdgeModel',
          ProgrammeEdge: '../modules/connection.ts#EdgeModel',
          RegionEdge: '../modules/connection.ts#EdgeModel',
          TopsectorEdge: '../modules/connection.ts#EdgeModel',
          ActorEdge: '../modules/connection.ts#EdgeModel',
          MilestoneEdge: '../modules/connection.ts#EdgeModel',
          MeasurementEdge: '../modules/connection.ts#EdgeModel',
          GraphNode: '../modules/network/subgraph.ts#GraphNodeModel',
          GraphEdge: '../modules/network/subgraph.ts#GraphEdgeModel',
          Subgraph: '../modules/network/subgraph.ts#SubgraphModel',
          Path: '../modules/network/subgraph.ts#PathModel',
          PathHop: '../modules/network/subgraph.ts#PathHopModel',
          Collaborator: '../modules/network/co-involvement.ts#CollaboratorModel',
          SharedWork: '../modules/network/co-involvement.ts#SharedWorkModel',
          ActorCentrality: '../modules/network/centrality.ts#CentralityModel',
        },
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
