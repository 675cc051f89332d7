/** Writing a whole HTTP reply at once: the API, the explorer and the export routes share it. */
import type { ServerResponse } from 'node:http';

export function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  response.statusCode = status;
  response.setHeader('content-type', contentType);
  response.end(body);
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
