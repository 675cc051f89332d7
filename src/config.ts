/**
 * Process configuration, read once from the environment. With NEO4J_URI unset the
 * process starts its own embedded Neo4j (see src/neo4j-runtime/); with it set, it uses
 * that server and starts nothing.
 */
import { resolve } from 'node:path';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, type AuthSettings } from './auth/tokens.ts';

export interface ExternalNeo4j {
  readonly mode: 'external';
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface EmbeddedNeo4jSettings {
  readonly mode: 'embedded';
  readonly port: number;
  readonly dataDir: string;
  readonly pageCache: string;
  /** The `neo4j` user's password (generated at first start when missing). */
  readonly passwordFile: string;
}

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly neo4j: ExternalNeo4j | EmbeddedNeo4jSettings;
  readonly production: boolean;
  /** Budget of one database transaction of a request (the client deadline adds 1 s). */
  readonly transactionTimeoutMs: number;
  /** Who may write (src/auth/tokens.ts). */
  readonly auth: AuthSettings;
  /** Mutations one token may make per minute (MUTATIONS_PER_MINUTE). */
  readonly mutationsPerMinute: number;
  /** EXPLORER_DEV=1: rebuild the explorer's bundle, unminified, at every page load. */
  readonly explorerDev?: boolean;
  /**
   * PUBLIC_BASE_URL: where users reach this API, the base of the linked-data exports' IRIs
   * (ending in `/`); unset, `http://localhost:<PORT>/`.
   */
  readonly publicBaseUrl?: string;
  /** CORS_ORIGINS: origins whose pages may call the API from a browser (src/api/cors.ts). */
  readonly corsOrigins?: readonly string[];
}

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const neo4j: AppConfig['neo4j'] = env.NEO4J_URI
    ? {
        mode: 'external',
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      }
    : {
        mode: 'embedded',
        port: parsePort(env.NEO4J_PORT, 'NEO4J_PORT', 7687),
        dataDir: resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR ?? 'data/neo4j'),
        pageCache: env.NEO4J_PAGE_CACHE ?? '256m',
        passwordFile: resolve(
          PROJECT_ROOT,
          env.NEO4J_PASSWORD_FILE ?? 'data/secrets/neo4j-password',
        ),
      };
  const port = parsePort(env.PORT, 'PORT', 4000);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    neo4j,
    production: env.NODE_ENV === 'production',
    transactionTimeoutMs: parsePositive(env.NEO4J_TX_TIMEOUT_MS, 'NEO4J_TX_TIMEOUT_MS', 5_000),
    explorerDev: env.EXPLORER_DEV === '1',
    auth: {
      secretFile: resolve(PROJECT_ROOT, env.AUTH_SECRET_FILE ?? 'data/secrets/jwt-secret'),
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      issuer: env.AUTH_ISSUER || DEFAULT_ISSUER,
      audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
      roleClaim: env.AUTH_ROLE_CLAIM || 'role',
    },
    mutationsPerMinute: parsePositiveCount(env.MUTATIONS_PER_MINUTE, 'MUTATIONS_PER_MINUTE', 120),
    publicBaseUrl: checkPublicBaseUrl(env.PUBLIC_BASE_URL || `http://localhost:${port || 4000}/`),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
  };
}

/**
 * A comma-separated list of origins (`scheme://host[:port]`), each kept as a browser sends it
 * in its Origin header (lower case, no default port, no trailing slash), so that checking a
 * request is one exact comparison. Anything else is refused at start-up, naming the entry.
 */
export function parseCorsOrigins(raw: string | undefined): readonly string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL | undefined;
      try {
        url = new URL(entry);
      } catch {
        url = undefined;
      }
      if (
        !url ||
        (url.protocol !== 'http:' && url.protocol !== 'https:') ||
        url.username !== '' ||
        url.password !== '' ||
        url.search !== '' ||
        url.hash !== '' ||
        url.pathname !== '/'
      ) {
        throw new Error(
          `CORS_ORIGINS: "${entry}" is not an origin; write scheme://host[:port] with no path, ` +
            'e.g. https://dashboard.example.org,http://localhost:8080',
        );
      }
      return url.origin;
    });
}

function parsePositive(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a whole number of milliseconds, got "${raw}"`);
  return value;
}

function parsePositiveCount(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a whole number above 0, got "${raw}"`);
  return value;
}

function parsePort(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return port;
}

/**
 * A base for our IRIs from configuration: an absolute http(s) URL, without query or
 * fragment, ending in `/` (added when missing, so that `id/...` resolves under it).
 */
function checkPublicBaseUrl(raw: string, name = 'PUBLIC_BASE_URL'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash)
    throw new Error(`${name} must be an http(s) URL without query or fragment, got "${raw}"`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
