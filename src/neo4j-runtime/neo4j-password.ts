/**
 * The embedded Neo4j's password: generated at first start into the data folder
 * (data/secrets/neo4j-password by default), readable by its owner only. Bolt on 127.0.0.1
 * without a login would let anyone on the machine write around the API's revisions; with
 * it, writing needs this file, which only the account that runs the API can read.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The user the embedded runtime sets the password of (Community has this one admin). */
export const NEO4J_USER = 'neo4j';

/** Reads the password, first creating the file (0600, in a 0700 folder) when it is missing. */
export function loadOrCreateNeo4jPassword(file: string): string {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) {
    // 32 random bytes; base64url needs no quoting in a shell or a connection form.
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  }
  // A copied or restored file or folder may have lost its mode; others must not read it.
  if ((statSync(folder).mode & 0o077) !== 0) chmodSync(folder, 0o700);
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').split('\n')[0]!.trim();
  if (password.length < 8)
    throw new Error(`${file}: the Neo4j password is too short (at least 8 characters)`);
  return password;
}
