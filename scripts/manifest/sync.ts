// Rewrites the `isnad.rules.*` settings in package.json from the rule
// registry, keeping every other setting and their order.
//   node --import tsx scripts/manifest/sync.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_SETTING_PREFIX, ruleSettings } from './rule-settings.js';

const file = join(__dirname, '..', '..', 'package.json');
const text = readFileSync(file, 'utf8');
const manifest = JSON.parse(text) as { contributes?: { configuration?: { properties?: Record<string, unknown> } } };
const properties = manifest.contributes?.configuration?.properties;
if (!properties) throw new Error('package.json has no contributes.configuration.properties');

// Rule settings go where the first one was (or at the end), in registry order.
const entries = Object.entries(properties);
const first = entries.findIndex(([key]) => key.startsWith(RULE_SETTING_PREFIX));
const others = entries.filter(([key]) => !key.startsWith(RULE_SETTING_PREFIX));
const at = first < 0 ? others.length : first;
const rules = Object.entries(ruleSettings());
manifest.contributes!.configuration!.properties = Object.fromEntries([...others.slice(0, at), ...rules, ...others.slice(at)]);

const updated = `${JSON.stringify(manifest, null, 2)}\n`;
if (updated !== text) {
  writeFileSync(file, updated);
  console.log('package.json: rule settings updated');
}
