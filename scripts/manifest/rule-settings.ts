// The `isnad.rules.*` settings of package.json, one per rule of the registry
// (server/src/analysis/rules/index.ts), so that a new rule is one new file:
// `node --import tsx scripts/manifest/sync.ts` writes them, and
// test/client/manifest.test.ts fails while package.json lags behind.
import { RULES, SEVERITIES, type Rule } from '../../server/src/analysis/rules/index.js';

export const RULE_SETTING_PREFIX = 'isnad.rules.';

const SETTING_DESCRIPTIONS: Record<string, string> = {
  error: 'Reported as an error.',
  warning: 'Reported as a warning.',
  information: 'Reported as information.',
  hint: 'Shown as a hint (faint dots), not in the Problems panel.',
  off: 'Not reported.',
};

function ruleSetting(rule: Rule): Record<string, unknown> {
  const values = [...SEVERITIES, 'off'];
  return {
    type: 'string',
    enum: values,
    enumDescriptions: values.map((v) => SETTING_DESCRIPTIONS[v] ?? v),
    default: rule.defaultSeverity,
    scope: 'resource',
    markdownDescription:
      `**${rule.id}**: ${rule.description} ${rule.fullDescription}\n\n` +
      `How its findings are reported. An \`isnad.yaml\` can also set it for its folder (\`rules:\`).`,
  };
}

/** Every rule's setting, keyed `isnad.rules.<id>`, in registry order. */
export function ruleSettings(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(RULES.map((r) => [`${RULE_SETTING_PREFIX}${r.id}`, ruleSetting(r)]));
}
