// `npm run teams:package`: builds the Teams app zip a school's Teams admin uploads.
// Reads MICROSOFT_APP_ID and the SCHOOL_* settings from the environment or .env.
import 'dotenv/config';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { fillManifest, manifestProblems, manifestTemplate, type SchoolSettings } from '../manifest/teams/teams-manifest.js';

const names: Array<keyof SchoolSettings> = ['MICROSOFT_APP_ID', 'SCHOOL_NAME', 'SCHOOL_WEBSITE', 'SCHOOL_PRIVACY_URL', 'SCHOOL_TERMS_URL'];
const settings = Object.fromEntries(names.map((n) => [n, process.env[n] ?? ''])) as unknown as SchoolSettings;
const missing = names.filter((n) => !settings[n]);
if (missing.length) {
  console.error(`Set ${missing.join(', ')} (environment or .env), e.g. SCHOOL_WEBSITE=https://www.rocvoorbeeld.nl`);
  process.exit(1);
}

const manifest = fillManifest(manifestTemplate(), settings);
const problems = manifestProblems(manifest);
if (problems.length) {
  console.error(`The Teams manifest is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const zip = new JSZip();
zip.file('manifest.json', JSON.stringify(manifest, null, 2));
for (const icon of ['color.png', 'outline.png']) zip.file(icon, readFileSync(new URL(`../manifest/teams/${icon}`, import.meta.url)));
const out = new URL('../manifest/teams/build/', import.meta.url);
mkdirSync(out, { recursive: true });
const file = new URL('koppel-teams-app.zip', out);
writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`Teams app package written to ${file.pathname}; upload it in the Teams admin center (Manage apps → Upload).`);
