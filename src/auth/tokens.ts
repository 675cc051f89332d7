/**
 * Who may write: bearer JWTs verified with jose. Two ways to trust a token:
 * - the embedded default: HS256 with a secret the process generates at first start into
 *   its data folder (mode 0600); `npm run token` signs tokens with the same secret;
 * - an organisation's identity provider: its JWKS (AUTH_JWKS_URL), asymmetric algorithms
 *   only, with the issuer and audience it uses.
 * Either way the issuer, audience, expiry and algorithm are checked (jose refuses `alg:
 * none` and any algorithm outside the list), and the role comes from one claim. Reads need
 * no token; a token that fails here only matters to a mutation, which is then refused.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';

export const ROLES = ['curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** The token's `sub`: who wrote an edit, as the history shows it. */
  readonly name: string;
  readonly role: Role;
  /** `iss` + `sub`: the key of the per-token rate limit. */
  readonly key: string;
}

/** What the request's Authorization header amounts to. */
export type Authentication =
  | { readonly status: 'anonymous' }
  | { readonly status: 'verified'; readonly viewer: Viewer }
  | { readonly status: 'refused'; readonly reason: string };

export interface AuthSettings {
  /** The HS256 secret of the embedded default (created at first start when missing). */
  readonly secretFile: string;
  /** An identity provider's key set; when set, the secret is not used. */
  readonly jwksUrl?: string;
  readonly issuer: string;
  readonly audience: string;
  /** The claim that holds the role (a string, or a list of which the strongest counts). */
  readonly roleClaim: string;
}

export const DEFAULT_ISSUER = 'techniekpact-graph';
export const DEFAULT_AUDIENCE = 'techniekpact-graph-api';
const ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];

/** The secret, made (32 random bytes) and stored with mode 0600 if there is none yet. */
export function loadOrCreateSecret(file: string): Uint8Array {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  }
  // A copied or restored file may have lost its mode; the secret must not be readable by others.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32)
    throw new Error(`${file}: the token secret is too short (at least 32 characters)`);
  return new TextEncoder().encode(secret);
}

export interface TokenVerifier {
  authenticate(authorization: string | undefined): Promise<Authentication>;
}

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (settings.jwksUrl) {
    key = createRemoteJWKSet(new URL(settings.jwksUrl));
    algorithms = ASYMMETRIC_ALGORITHMS;
  } else {
    key = loadOrCreateSecret(settings.secretFile);
    algorithms = ['HS256'];
  }
  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization === '') return { status: 'anonymous' };
      const match = /^Bearer ([A-Za-z0-9_\-.]{1,8192})$/.exec(authorization.trim());
      if (!match)
        return { status: 'refused', reason: 'the Authorization header is not "Bearer <token>"' };
      try {
        const { payload } = await jwtVerify(match[1]!, key as Uint8Array, {
          algorithms,
          issuer: settings.issuer,
          audience: settings.audience,
          requiredClaims: ['sub', 'exp'],
        });
        const role = strongestRole(payload[settings.roleClaim]);
        if (!role) {
          return {
            status: 'refused',
            reason: `the token has no role (claim "${settings.roleClaim}": curator or admin)`,
          };
        }
        const name = String(payload.sub);
        return { status: 'verified', viewer: { name, role, key: `${payload.iss}|${name}` } };
      } catch (error) {
        return { status: 'refused', reason: refusalOf(error) };
      }
    },
  };
}

function strongestRole(claim: unknown): Role | undefined {
  const roles = Array.isArray(claim) ? claim : [claim];
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('curator')) return 'curator';
  return undefined;
}

/** What is wrong with a token, in words that help its holder and tell a forger nothing new. */
function refusalOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted";
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'no key of the identity provider matches the token';
  return 'the token is not valid';
}

export interface TokenRequest {
  readonly name: string;
  readonly role: Role;
  readonly days: number;
}

/** A token for the embedded default, signed with its secret (`npm run token`). */
export async function signToken(settings: AuthSettings, request: TokenRequest): Promise<string> {
  if (!/^[\p{L}\p{N} .@_-]{1,100}$/u.test(request.name)) {
    throw new Error('--name: 1 to 100 letters, digits, spaces or . @ _ -');
  }
  if (!ROLES.includes(request.role)) throw new Error(`--role: one of ${ROLES.join(', ')}`);
  if (!(request.days > 0 && request.days <= 366)) throw new Error('--days: a number from 1 to 366');
  return new SignJWT({ [settings.roleClaim]: request.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.name)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(`${Math.round(request.days * 86_400)}s from now`)
    .sign(loadOrCreateSecret(settings.secretFile));
}
