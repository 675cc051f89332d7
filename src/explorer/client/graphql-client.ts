/**
 * The explorer's one way to the data: POST to our own /graphql. Errors come back as a
 * GraphQLRequestError carrying the API's code, so views can say what went wrong.
 */

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The operation's name: a document with fragments needs it to be unambiguous in logs. */
function operationName(operation: string): string | undefined {
  return /\b(?:query|mutation)\s+(\w+)/.exec(operation)?.[1];
}

export async function graphqlRequest<TData, TVariables extends object>(
  operation: string,
  variables: TVariables,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({
        query: operation,
        variables,
        operationName: operationName(operation),
      }),
    });
  } catch {
    throw new GraphQLRequestError('The server cannot be reached.', 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status}.`, 'BAD_RESPONSE');
  }
  const error = body.errors?.[0];
  if (error) throw new GraphQLRequestError(error.message, error.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new GraphQLRequestError('The server sent no data.', 'BAD_RESPONSE');
  return body.data;
}
