/**
 * The project's own Neo4j runtime: starts on a given port and data directory, keeps data
 * across a clean stop and restart (also a restart inside the same JVM), and fails with a clear message when the port is taken
 * or Java or Maven is missing. Runs its own Neo4j, besides the suite's shared one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildRuntime,
  findJava,
  MissingToolError,
} from '../../src/neo4j-runtime/java-toolchain.ts';
import {
  freePort,
  startEmbeddedNeo4j,
  startRestartableNeo4j,
} from '../../src/neo4j-runtime/embedded-neo4j.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'techniekpact-runtime-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('embedded Neo4j runtime', () => {
  it('keeps data written before a SIGTERM stop after a restart, and leaves no Java process', async () => {
    const port = await freePort();
    const first = await startEmbeddedNeo4j({ port, dataDir, heap: '512m', pageCache: '64m' });
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    let driver = neo4j.driver(first.uri);
    await driver.executeQuery('CREATE (:RuntimeProbe {value: $value})', { value: 'kept' });
    await driver.close();
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await startEmbeddedNeo4j({ port, dataDir, heap: '512m', pageCache: '64m' });
    try {
      driver = neo4j.driver(second.uri);
      const result = await driver.executeQuery('MATCH (p:RuntimeProbe) RETURN p.value AS value');
      expect(result.records.map((r) => r.get('value'))).toEqual(['kept']);
      await driver.close();
    } finally {
      await second.stop();
    }
    expect(isAlive(second.pid)).toBe(false);
  }, 240_000);

  it('restarts in the same JVM, keeping data and port, and ends the JVM when its data directory goes', async () => {
    const restartDir = mkdtempSync(join(tmpdir(), 'techniekpact-restart-test-'));
    const restartable = await startRestartableNeo4j({
      port: 0,
      dataDir: restartDir,
      heap: '512m',
      pageCache: '64m',
    });
    const pid = restartable.current!.pid;
    let secondPid = pid;
    try {
      let driver = neo4j.driver(restartable.uri);
      await driver.executeQuery('CREATE (:RuntimeProbe {value: $value})', { value: 'restarted' });
      await driver.close();
      await restartable.stop();
      expect(restartable.current).toBeUndefined();
      // The DBMS is down (Bolt refuses), the JVM is not.
      driver = neo4j.driver(restartable.uri);
      await expect(driver.verifyConnectivity()).rejects.toThrow();
      await driver.close();
      expect(isAlive(pid)).toBe(true);

      await restartable.start();
      expect(restartable.current!.pid).toBe(pid);
      driver = neo4j.driver(restartable.uri);
      const result = await driver.executeQuery('MATCH (p:RuntimeProbe) RETURN p.value AS value');
      expect(result.records.map((r) => r.get('value'))).toEqual(['restarted']);
      await driver.close();

      // A stopped JVM whose data directory is removed exits by itself.
      await restartable.stop();
      rmSync(restartDir, { recursive: true, force: true });
      await expect.poll(() => isAlive(pid), { timeout: 10_000, interval: 250 }).toBe(false);
      // Started again after that: a new process.
      await restartable.start();
      secondPid = restartable.current!.pid;
      expect(secondPid).not.toBe(pid);
    } finally {
      await restartable.close();
      rmSync(restartDir, { recursive: true, force: true });
    }
    expect(isAlive(secondPid)).toBe(false);
  }, 240_000);

  it('fails with a message naming the port when the port is taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const portTestDir = mkdtempSync(join(tmpdir(), 'techniekpact-port-test-'));
    try {
      await expect(startEmbeddedNeo4j({ port, dataDir: portTestDir })).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use`,
      );
    } finally {
      blocker.close();
      rmSync(portTestDir, { recursive: true, force: true });
    }
  });

  it('names Java as missing when no java executable is found', () => {
    expect(() => findJava({ NEO4J_JAVA: '/nonexistent/bin/java' })).toThrow(MissingToolError);
    expect(() => findJava({ NEO4J_JAVA: '/nonexistent/bin/java' })).toThrow(
      /Java 17\+ is needed .* "\/nonexistent\/bin\/java" was not found/,
    );
  });

  it('names Maven as missing when the runtime must be built and no mvn is found', () => {
    expect(() => buildRuntime(() => {}, { NEO4J_MVN: '/nonexistent/bin/mvn' }, true)).toThrow(
      /Maven is needed .* "\/nonexistent\/bin\/mvn" was not found/,
    );
  });
});
