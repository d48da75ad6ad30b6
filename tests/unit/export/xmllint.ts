// Validates XML files against the IMS CC 1.1 and SCORM 1.2 schemas with libxml2's xmllint (a validator someone
// else wrote). Files are written to a temp dir; one xmllint call per schema keeps the test quick.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** libxml2's command-line validator, found on PATH (Debian: libxml2-utils). */
export const XMLLINT = 'xmllint';
// Vendored in the repository (see tests/schemas/ims-cc-1.1/README.md), so a clone validates anywhere.
const schemaDir = fileURLToPath(new URL('../../schemas/ims-cc-1.1/', import.meta.url));
export const CC11_SCHEMAS = {
  manifest: join(schemaDir, 'cc11libxml2validator.xsd'),
  weblink: join(schemaDir, 'ccv1p1_imswl_v1p1.xsd'),
  qti: join(schemaDir, 'ccv1p1_qtiasiv1p2p1_v1p0.xsd'),
};

// SCORM 1.2 (see tests/schemas/scorm-1.2/README.md): one wrapper imports the three manifest schemas.
export const SCORM12_SCHEMA = fileURLToPath(new URL('../../schemas/scorm-1.2/scorm12-validator.xsd', import.meta.url));

export interface ValidationResult {
  ok: boolean;
  output: string;
}

/** Writes the files under a fresh temp dir and validates them all against one schema. */
export function validateWithSchema(schema: string, files: Map<string, string>): ValidationResult {
  const dir = mkdtempSync(join(tmpdir(), 'cc11-'));
  const paths = [...files].map(([name, text]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
  try {
    const run = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', schema, ...paths], { encoding: 'utf8' });
    if (run.error) throw run.error;
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
