// The `isnad.rules.*` settings of package.json, one per rule of the registry
// (server/src/analysis/rules/index.ts), so that a new rule is one new file:
// `node --import tsx scripts/manifest/sync.ts` writes them, and
// test/client/manifest.test.ts fails while package.json lags behind. Their
// words are `%key%` placeholders: the English goes into package.nls.json
// (from the registry too), the Arabic is written by hand in package.nls.ar.json.
import { RULES, SEVERITIES, type Rule } from '../../server/src/analysis/rules/index.js';

export const RULE_SETTING_PREFIX = 'isnad.rules.';

const SETTING_DESCRIPTIONS: Record<string, string> = {
  error: 'Reported as an error.',
  warning: 'Reported as a warning.',
  information: 'Reported as information.',
  hint: 'Shown as a hint (faint dots), not in the Problems panel.',
  off: 'Not reported.',
};

const VALUES = [...SEVERITIES, 'off'];
const valueKey = (value: string): string => `${RULE_SETTING_PREFIX}value.${value}`;
const descriptionKey = (rule: Rule): string => `${RULE_SETTING_PREFIX}${rule.id}.description`;

function ruleSetting(rule: Rule): Record<string, unknown> {
  return {
    type: 'string',
    enum: VALUES,
    enumDescriptions: VALUES.map((v) => `%${valueKey(v)}%`),
    default: rule.defaultSeverity,
    scope: 'resource',
    markdownDescription: `%${descriptionKey(rule)}%`,
  };
}

/** Every rule's setting, keyed `isnad.rules.<id>`, in registry order. */
export function ruleSettings(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(RULES.map((r) => [`${RULE_SETTING_PREFIX}${r.id}`, ruleSetting(r)]));
}

/** The English of the rule settings' placeholders, for package.nls.json. */
export function ruleSettingWords(): Record<string, string> {
  return {
    ...Object.fromEntries(VALUES.map((v) => [valueKey(v), SETTING_DESCRIPTIONS[v] ?? v])),
    ...Object.fromEntries(RULES.map((rule) => [descriptionKey(rule),
      `**${rule.id}**: ${rule.description} ${rule.fullDescription}\n\n` +
      'How its findings are reported. An `isnad.yaml` can also set it for its folder (`rules:`).'])),
  };
}

export const isRuleSettingWord = (key: string): boolean => key.startsWith(RULE_SETTING_PREFIX);
