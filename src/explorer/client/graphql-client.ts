/**
 * The explorer's one way to the data: POST to our own /graphql. Errors come back as a
 * GraphQLRequestError carrying the API's code and extensions (the field an edit's refusal
 * names, a conflict's current revision), so views can say what went wrong and where.
 */

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  /** The input field the API says is wrong (`input.quote`, `input.to`, ...), if any. */
  get field(): string | undefined {
    const field = this.extensions.field;
    return typeof field === 'string' ? field : undefined;
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The operation's name: a document with fragments needs it to be unambiguous in logs. */
function operationName(operation: string): string | undefined {
  return /\b(?:query|mutation)\s+(\w+)/.exec(operation)?.[1];
}

const BOOKMARK_HEADER = 'x-neo4j-bookmark';
/**
 * The bookmark of this page's last edit, sent with every later request: behind several API
 * processes or a cluster, the request that redraws the view then reads the edit it follows
 * (the API waits for it) instead of the graph from before it.
 */
let lastEditBookmark: string | undefined;

export interface RequestOptions {
  /** A bearer token: edits need one; reads ignore it, so reads never send it. */
  readonly token?: string;
}

export async function graphqlRequest<TData, TVariables extends object>(
  operation: string,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (lastEditBookmark) headers[BOOKMARK_HEADER] = lastEditBookmark;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: operation,
        variables,
        operationName: operationName(operation),
      }),
    });
  } catch {
    throw new GraphQLRequestError('The server cannot be reached.', 'NETWORK_ERROR');
  }
  const bookmark = response.headers.get(BOOKMARK_HEADER);
  if (bookmark) lastEditBookmark = bookmark;
  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status}.`, 'BAD_RESPONSE');
  }
  const error = body.errors?.[0];
  if (error) {
    const extensions = error.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
    throw new GraphQLRequestError(error.message, code, extensions);
  }
  if (!body.data) throw new GraphQLRequestError('The server sent no data.', 'BAD_RESPONSE');
  return body.data;
}
