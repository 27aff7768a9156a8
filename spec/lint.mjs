// Lints the spec with the pinned linters and fails on any error or warning.
// Run by the Maven build (verify phase) after `npm ci`; by hand: `npm ci && node lint.mjs`.
import { spawnSync } from 'node:child_process';

const spec = 'src/main/openapi/pools-api.yaml';
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', SCARF_ANALYTICS: 'false' };
const bin = (name) => `node_modules/.bin/${name}`;
let failed = false;

// Spectral: spectral:oas ruleset; --fail-severity=warn makes a warning fail too.
const spectral = spawnSync(bin('spectral'),
  ['lint', '--ruleset', '.spectral.yaml', '--fail-severity=warn', spec], { env, stdio: 'inherit' });
if (spectral.status !== 0) {
  console.error(`Spectral (spectral:oas) reported problems in ${spec} (exit ${spectral.status ?? spectral.error}).`);
  failed = true;
}

// Redocly: recommended ruleset; its exit code ignores warnings, so read the JSON report.
const redocly = spawnSync(bin('redocly'),
  ['lint', '--config', 'redocly.yaml', '--format=json', '--max-problems=1000', spec], { env, encoding: 'utf8' });
let report;
try {
  report = JSON.parse(redocly.stdout);
} catch (e) {
  console.error(redocly.stdout, redocly.stderr);
  console.error(`Redocly did not produce a JSON report (exit ${redocly.status ?? redocly.error}).`);
  process.exit(1);
}
for (const p of report.problems) {
  const at = p.location?.[0];
  console.error(`${at?.source?.ref}:${at?.start?.line}:${at?.start?.col} ${p.severity} ${p.ruleId} ${p.message} (${at?.pointer})`);
}
const { errors, warnings } = report.totals;
console.log(`Redocly (recommended) ${report.version}: ${errors} errors, ${warnings} warnings in ${spec}.`);
if (errors > 0 || warnings > 0 || redocly.status !== 0) {
  failed = true;
}
process.exit(failed ? 1 : 0);
