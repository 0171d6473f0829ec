// Rewrites the `isnad.rules.*` settings in package.json from the rule
// registry, keeping every other setting and their order, and their English
// words in package.nls.json, keeping every other entry. Names the keys that
// package.nls.ar.json still lacks (the Arabic is written by hand).
//   node --import tsx scripts/manifest/sync.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_SETTING_PREFIX, isRuleSettingWord, ruleSettingWords, ruleSettings } from './rule-settings.js';

const root = join(__dirname, '..', '..');

/** Writes `file` when its JSON changed; says so. */
function update(name: string, text: string, value: unknown): void {
  const updated = `${JSON.stringify(value, null, 2)}\n`;
  if (updated !== text) {
    writeFileSync(join(root, name), updated);
    console.log(`${name}: rule settings updated`);
  }
}

const read = (name: string): string => (existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : '{}');

const text = read('package.json');
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
update('package.json', text, manifest);

// The rule words replace the old ones at the end of package.nls.json.
const nlsText = read('package.nls.json');
const nls = Object.entries(JSON.parse(nlsText) as Record<string, string>).filter(([key]) => !isRuleSettingWord(key));
const words = { ...Object.fromEntries(nls), ...ruleSettingWords() };
update('package.nls.json', nlsText, words);

const arabic = JSON.parse(read('package.nls.ar.json')) as Record<string, string>;
const missing = Object.keys(words).filter((key) => !(key in arabic));
if (missing.length) console.warn(`package.nls.ar.json lacks ${missing.join(', ')}: add their Arabic`);
