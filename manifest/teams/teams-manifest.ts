import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

// Microsoft's schema is JSON Schema draft-04, which needs ajv's draft-04 build (CommonJS).
type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
type AjvInstance = { compile(schema: object): Validator };
const require = createRequire(import.meta.url);
const Ajv = (require('ajv-draft-04') as { default: new (options: object) => AjvInstance }).default;
const addFormats = (require('ajv-formats') as { default: (ajv: AjvInstance) => void }).default;

// The Teams app package a school's Teams admin uploads: the manifest filled in for the school,
// checked against Microsoft's own JSON schema (shipped in @microsoft/app-manifest) before zipping.

export const MANIFEST_VERSION = '1.17';

export interface SchoolSettings {
  MICROSOFT_APP_ID: string;
  SCHOOL_NAME: string;
  SCHOOL_WEBSITE: string;
  SCHOOL_PRIVACY_URL: string;
  SCHOOL_TERMS_URL: string;
}

export function manifestTemplate(): string {
  return readFileSync(new URL('./manifest.template.json', import.meta.url), 'utf8');
}

/** Fills every {{NAME}} placeholder; a missing value is an error, never an empty field. */
export function fillManifest(template: string, settings: SchoolSettings): Record<string, unknown> {
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = settings[name as keyof SchoolSettings];
    if (!value) throw new Error(`${name} is missing: the Teams app package needs it`);
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Problems Microsoft's schema finds, as "path: message" lines; empty when the manifest is valid. */
export function manifestProblems(manifest: Record<string, unknown>): string[] {
  const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(manifest)'}: ${e.message ?? 'is not valid'}`);
}

/** Width and height from a PNG's header, to check Teams' icon sizes (192×192 and 32×32). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error('not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
