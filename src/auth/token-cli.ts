/**
 * `npm run token -- --name <who> --role curator|admin [--days N]`: prints a bearer token
 * for the embedded default, signed with the secret in its data folder (made if missing).
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { signToken, type Role } from './tokens.ts';

try {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string', default: 'curator' },
      days: { type: 'string', default: '30' },
    },
    strict: true,
  });
  if (!values.name) throw new Error('--name is required: who the token is for');
  const config = readConfig();
  if (config.auth.jwksUrl) {
    throw new Error('AUTH_JWKS_URL is set: tokens come from the identity provider, not from here');
  }
  const token = await signToken(config.auth, {
    name: values.name,
    role: values.role as Role,
    days: Number(values.days),
  });
  process.stdout.write(token + '\n');
} catch (error) {
  process.stderr.write(`token: ${(error as Error).message}\n`);
  process.exit(2);
}
