/**
 * Finds Java and Maven and builds the Neo4j runtime (neo4j-runtime/pom.xml) when its
 * build is missing or was made from other sources than the ones checked out. Each failure names what is missing
 * and what to do, because this is the first thing a newcomer's `npm start` runs into.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const RUNTIME_DIR = join(PROJECT_ROOT, 'neo4j-runtime');
const CLASSPATH_FILE = join(RUNTIME_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = join(RUNTIME_DIR, 'target', 'classes');
/** The hash of the sources the build in target/ was made from. */
const SOURCES_STAMP = join(RUNTIME_DIR, 'target', 'sources.sha256');
const JAVA_DIR = join(RUNTIME_DIR, 'src/main/java/techniekpact/neo4j');
const MINIMUM_JAVA = 17;

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

/** The java executable: NEO4J_JAVA, else the one on PATH (Neo4j 5.26 runs on Java 17 and 21). */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = env.NEO4J_JAVA ?? 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new MissingToolError(
      `Java ${MINIMUM_JAVA}+ is needed to run the embedded Neo4j, but "${java}" was not found ` +
        `(${probe.error.message}). Install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jdk-headless), ` +
        `or set NEO4J_URI to use a Neo4j server of your own.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MINIMUM_JAVA)) {
    throw new MissingToolError(
      `Java ${MINIMUM_JAVA}+ is needed to run the embedded Neo4j; "${java}" reports: ${probe.stderr.split('\n')[0]}`,
    );
  }
  return java;
}

/**
 * The pom and every Java file, by content. Modification times were not enough: a checkout,
 * a merge or a copy can leave a source older than a build made from another version of it
 * (target/ is not in git, so each worktree and clone has its own), and the launcher then
 * refuses an argument the TypeScript side passes.
 */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = [
    join(RUNTIME_DIR, 'pom.xml'),
    ...readdirSync(JAVA_DIR)
      .filter((name) => name.endsWith('.java'))
      .sort()
      .map((name) => join(JAVA_DIR, name)),
  ];
  for (const file of files)
    hash
      .update(`${relative(RUNTIME_DIR, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

function needsBuild(hash: string): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(CLASSES_DIR) || !existsSync(SOURCES_STAMP))
    return true;
  return readFileSync(SOURCES_STAMP, 'utf8').trim() !== hash;
}

/**
 * Compiles the launcher and resolves Neo4j's jars from Maven Central (the first time,
 * about 150 MB into ~/.m2), then returns the classpath for `java -cp`.
 */
export function buildRuntime(
  log: (line: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env,
  force = false,
): string {
  const hash = sourcesHash();
  if (force || needsBuild(hash)) {
    const mvn = env.NEO4J_MVN ?? 'mvn';
    log(
      'building the Neo4j runtime with Maven (the first time this downloads Neo4j from Maven Central)...',
    );
    // The compiler plugin decides what to recompile by modification time too, so a source
    // older than its class file would be skipped: compile from nothing (two small files).
    rmSync(CLASSES_DIR, { recursive: true, force: true });
    const result = spawnSync(mvn, ['-q', '-B', '-f', join(RUNTIME_DIR, 'pom.xml'), 'compile'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.error) {
      throw new MissingToolError(
        `Maven is needed to fetch Neo4j for the embedded runtime, but "${mvn}" was not found ` +
          `(${result.error.message}). Install Maven 3.6+ (Debian: apt-get install maven), ` +
          `or set NEO4J_URI to use a Neo4j server of your own.`,
      );
    }
    if (result.status !== 0) {
      throw new Error(
        `building neo4j-runtime/pom.xml failed (mvn exit ${result.status}):\n${result.stdout}${result.stderr}`,
      );
    }
    writeFileSync(SOURCES_STAMP, `${hash}\n`);
  }
  return `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}
