/**
 * `npm run bench`: raw Cypher vs our API vs @neo4j/graphql on generated Techniekpact graphs
 * (bench/README.md). Runs every asked size in turn (each with its own Neo4j), prints one
 * Markdown table per size with the ratios, and writes the run as JSON and Markdown into
 * bench/results/. Exits non-zero when a contestant answered wrongly or failed, so the CI
 * smoke run (`--smoke`) catches a broken contestant or a changed answer; missed goals are
 * reported, not failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runCleanups } from './cleanup.ts';
import { machineFacts } from './measure/machine.ts';
import { QUESTIONS } from './questions/index.ts';
import { CONTESTANTS } from './questions/question.ts';
import { evaluateGoals } from './report/goals.ts';
import { renderMarkdown } from './report/markdown.ts';
import type { BenchResults, SizeResult } from './report/results.ts';
import { readRunOptions } from './run-options.ts';
import { runSize } from './run-size.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const options = readRunOptions(process.argv.slice(2), join(import.meta.dirname, 'results'));
  const questions = options.questions.length
    ? QUESTIONS.filter((q) => options.questions.includes(q.id))
    : QUESTIONS;
  const startedAt = new Date();
  const loadAverageStart = loadavg();
  log(
    `bench: sizes ${options.sizes.join(', ')}, ${questions.length} questions, ${options.requests} requests ` +
      `+ ${options.warmup} warm-up, ${options.durationSeconds} s at ${options.connections} clients`,
  );
  mkdirSync(options.outDir, { recursive: true });
  const name = `${startedAt.toISOString().slice(0, 16).replace(/:/g, '-')}-${options.smoke ? 'smoke' : options.sizes.join('-')}`;
  const sizes: SizeResult[] = [];
  const failedSizes: string[] = [];
  // Written after every size, so a long run that dies at 1M still leaves the smaller sizes.
  const write = (): string => {
    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      options,
      machine: machineFacts(loadAverageStart),
      sizes,
      goals: evaluateGoals(sizes),
      failedSizes,
    };
    const markdown = renderMarkdown(results);
    writeFileSync(join(options.outDir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(options.outDir, `${name}.md`), markdown);
    return markdown;
  };
  for (const size of options.sizes) {
    try {
      sizes.push(await runSize(size, questions, options, log));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`bench: size ${size} failed: ${message}`);
      failedSizes.push(`${size}: ${message.split('\n')[0]}`);
      await runCleanups();
    }
    write();
  }
  log(`\n${write()}`);
  log(`written: ${join(options.outDir, name)}.{json,md}`);
  const failures = sizes.flatMap((s) =>
    s.questions.flatMap((q) =>
      CONTESTANTS.filter((c) => ['error', 'different'].includes(q.contestants[c].status)).map(
        (c) => `${s.size} ${q.id} ${c}: ${q.contestants[c].status}`,
      ),
    ),
  );
  failures.push(...failedSizes);
  if (failures.length > 0) {
    console.error(
      `\nbench: ${failures.length} wrong or failed answer(s):\n  ${failures.join('\n  ')}`,
    );
    return 1;
  }
  return 0;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\nbench: ${signal}, stopping servers and Neo4j...`);
    void runCleanups().finally(() => process.exit(130));
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error('bench failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await runCleanups();
}
