/**
 * `npm run add-source -- <file> --title <title> --date <YYYY[-MM[-DD]]> --language <nl>
 * [--id <id>] [--series <name>] [--edition <n>] [--url <url>] [--quote <passage>]
 * [--media-type <type>]`: registers a report file as a Source in the configured database,
 * as the addSource mutation does (the same kernel: extracted text, sha256s, one edit with
 * its revision), with the revision's author `add-source CLI (<user>)` in the role admin.
 * Exit code 1 with the reason when the file cannot be a source; nothing is stored then.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { createRequestContext } from '../kernel/context.ts';
import { registerSource } from './register-source.ts';

const usage =
  'usage: npm run add-source -- <file> --title <title> --date <YYYY[-MM[-DD]]> --language <code> ' +
  '[--id <id>] [--series <name>] [--edition <n>] [--url <url>] [--quote <passage>] [--media-type <type>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    date: { type: 'string' },
    language: { type: 'string' },
    id: { type: 'string' },
    series: { type: 'string' },
    edition: { type: 'string' },
    url: { type: 'string' },
    quote: { type: 'string' },
    'media-type': { type: 'string' },
  },
});

const [file] = positionals;
if (!file || !values.title || !values.date || !values.language || positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}

try {
  const bytes = new Uint8Array(readFileSync(file));
  const database = await openDatabase(readConfig(), (line) => console.log(line), 0);
  try {
    const context = createRequestContext(database.gateway, `add-source-${Date.now()}`, {
      authentication: {
        status: 'verified',
        viewer: { name: `add-source CLI (${userInfo().username})`, role: 'admin', key: 'cli' },
      },
    });
    const edition = values.edition === undefined ? null : Number(values.edition);
    const { revision, subject } = await registerSource(context, {
      fileName: basename(file),
      bytes,
      title: values.title,
      date: values.date,
      language: values.language,
      id: values.id ?? null,
      series: values.series ?? null,
      edition,
      url: values.url ?? null,
      quote: values.quote ?? null,
      mediaType: values['media-type'] ?? null,
      comment: `registered ${basename(file)} from the command line`,
    });
    console.log(`registered ${file} as source ${subject} (revision ${revision.number})`);
    console.log(
      `propose facts from it: mutation { proposeFacts(input: {source: "${subject}"}) { proposals { id summary } } }`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  const field = error instanceof GraphQLError ? error.extensions.field : undefined;
  const where = typeof field === 'string' ? ` (${field.replace('input.', '--')})` : '';
  console.error(`add-source: ${file}: ${(error as Error).message}${where}`);
  console.error('nothing was stored.');
  process.exitCode = 1;
}
