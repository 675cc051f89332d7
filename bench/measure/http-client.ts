/**
 * The one HTTP call the runner makes to every contestant: POST a JSON body, read the whole
 * answer. node:http with a keep-alive agent, so the 1-client latency measures the server,
 * not connection set-up or a heavier client.
 */
import { Agent, request } from 'node:http';

export interface HttpTarget {
  readonly url: string;
  readonly body: string;
  /** Besides the JSON headers, e.g. the edit benchmark's `authorization`. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

export function keepAliveAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1 });
}

export const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export function post(agent: Agent, target: HttpTarget): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      target.url,
      {
        method: 'POST',
        agent,
        headers: {
          ...JSON_HEADERS,
          ...target.headers,
          'content-length': Buffer.byteLength(target.body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(target.body);
  });
}
