/**
 * The embedded Neo4j's password file: created strong and private at first start, the same
 * on later starts, and made private again when a restore loosened its mode.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateNeo4jPassword } from '../../src/neo4j-runtime/neo4j-password.ts';

const home = mkdtempSync(join(tmpdir(), 'techniekpact-neo4j-password-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the Neo4j password file', () => {
  it('is generated at first start, 0600 in a 0700 folder, and kept at later starts', () => {
    const file = join(home, 'first', 'secrets', 'neo4j-password');
    const password = loadOrCreateNeo4jPassword(file);
    expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(mode(file)).toBe(0o600);
    expect(mode(join(home, 'first', 'secrets'))).toBe(0o700);
    expect(loadOrCreateNeo4jPassword(file)).toBe(password);
    expect(loadOrCreateNeo4jPassword(join(home, 'other', 'neo4j-password'))).not.toBe(password);
  });

  it('gets its private mode back when a restored copy lost it', () => {
    const folder = join(home, 'restored');
    const file = join(folder, 'neo4j-password');
    loadOrCreateNeo4jPassword(file);
    const before = readFileSync(file, 'utf8');
    chmodSync(file, 0o644);
    chmodSync(folder, 0o755);
    loadOrCreateNeo4jPassword(file);
    expect(mode(file)).toBe(0o600);
    expect(mode(folder)).toBe(0o700);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a password Neo4j would refuse (shorter than 8)', () => {
    const file = join(home, 'short');
    writeFileSync(file, 'abc\n', { mode: 0o600 });
    expect(() => loadOrCreateNeo4jPassword(file)).toThrow(/too short/);
  });
});
