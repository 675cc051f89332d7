/**
 * The Reconciliation API 0.2 JSON Schemas, read in place from the shared reference folder
 * beside the checkout (../shared/reference/reconciliation-api-0.2/, which CI lays beside
 * its clone too; its README asks not to copy them), compiled with ajv, for validating our
 * /reconcile answers and the protocol's
 * own examples.
 *
 * Their `$schema`, "http://json-schema.org/schema#", ajv 8 takes as its default draft-07.
 * One thing they assume that ajv does not have, supplied here without touching the files:
 * manifest.json's `authentication` refers to Swagger 2.0's schema at
 * http://swagger.io/v2/schema.json, which comes from the swagger-schema-official package.
 * That is a draft-04 document whose other parts refer into draft-04's meta-schema, so only
 * the part referred to is registered (the security definitions and the definitions they
 * use), under Swagger's URI: it reads the same in draft-07.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

export const RECONCILIATION_FIXTURES = fileURLToPath(
  new URL('../../../shared/reference/reconciliation-api-0.2/', import.meta.url),
);

export const RECONCILIATION_SCHEMAS = [
  'manifest',
  'reconciliation-query-batch',
  'reconciliation-result-batch',
  'suggest-entities-response',
  'suggest-properties-response',
  'suggest-types-response',
  'data-extension-query',
  'data-extension-response',
  'data-extension-property-proposal',
] as const;
export type ReconciliationSchema = (typeof RECONCILIATION_SCHEMAS)[number];

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Swagger 2.0's security definitions and what they refer to, under Swagger's own $id. */
function swaggerSecuritySchema(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const swagger = readJson(require.resolve('swagger-schema-official/schema.json'));
  const all = swagger.definitions as Record<string, unknown>;
  const definitions = Object.fromEntries(
    Object.entries(all).filter(
      ([name]) =>
        name === 'securityDefinitions' ||
        name.endsWith('Security') ||
        name === 'oauth2Scopes' ||
        name === 'vendorExtension',
    ),
  );
  return { $id: String(swagger.id).replace(/#$/, ''), definitions };
}

// ajv-formats is CommonJS with a default export; under Node's ESM loader it arrives wrapped.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

function createAjv(): Ajv {
  // strict off: the schemas use keywords as their authors' validator (ajv 6) took them,
  // e.g. `definitions` inside `properties.suggest`; strictness would refuse the files.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(swaggerSecuritySchema());
  ajv.addSchema(readJson(join(RECONCILIATION_FIXTURES, 'schemas', 'type.json')));
  return ajv;
}

const ajv = createAjv();
const validators = new Map<ReconciliationSchema, ValidateFunction>();

export function validatorOf(schema: ReconciliationSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(readJson(join(RECONCILIATION_FIXTURES, 'schemas', `${schema}.json`)));
    validators.set(schema, validate);
  }
  return validate;
}

/** The errors of `value` against `schema`, as readable lines; empty when it is valid. */
export function schemaErrors(schema: ReconciliationSchema, value: unknown): string[] {
  const validate = validatorOf(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

/** The protocol's example documents of a schema: file name and parsed content. */
export function examplesOf(
  schema: ReconciliationSchema,
  kind: 'valid' | 'invalid',
): { file: string; document: unknown }[] {
  const dir = join(RECONCILIATION_FIXTURES, 'examples', schema, kind);
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .sort()
    .map((file) => ({ file, document: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}
