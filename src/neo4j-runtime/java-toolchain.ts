/**
 * Finds Java and Maven and builds the Neo4j runtime (neo4j-runtime/pom.xml) when its
 * classpath file is missing or older than its sources. Each failure names what is missing
 * and what to do, because this is the first thing a newcomer's `npm start` runs into.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const RUNTIME_DIR = join(PROJECT_ROOT, 'neo4j-runtime');
const CLASSPATH_FILE = join(RUNTIME_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = join(RUNTIME_DIR, 'target', 'classes');
const SOURCES = [
  join(RUNTIME_DIR, 'pom.xml'),
  join(RUNTIME_DIR, 'src/main/java/techniekpact/neo4j/EmbeddedNeo4j.java'),
  join(RUNTIME_DIR, 'src/main/java/techniekpact/neo4j/BulkImport.java'),
];
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

function needsBuild(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(CLASSES_DIR)) return true;
  const built = statSync(CLASSPATH_FILE).mtimeMs;
  return SOURCES.some((file) => statSync(file).mtimeMs > built);
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
  if (force || needsBuild()) {
    const mvn = env.NEO4J_MVN ?? 'mvn';
    log(
      'building the Neo4j runtime with Maven (the first time this downloads Neo4j from Maven Central)...',
    );
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
    // The dependency plugin leaves an unchanged classpath file untouched; mark it fresh.
    const now = new Date();
    utimesSync(CLASSPATH_FILE, now, now);
  }
  return `${CLASSES_DIR}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}
