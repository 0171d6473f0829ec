// The client's settings, section `isnad` of workspace/configuration:
//   { rules: { "unsourced-figure": "warning" | … | "off" }, maxFileSizeMB: 5,
//     editor: { textColors: false, codeLens: true }, diagnostics: { scope: "auto" } }
// (VS Code nests the dotted keys isnad.rules.<id> this way). Unknown rules
// and values are ignored; a size limit that is not a positive number is the default. A folder's isnad.yaml `rules:` wins over these:
// it is the folder's own, explicit choice, whereas the client sends its
// default for every setting the user never touched.
import { RULES, SEVERITIES } from '../analysis/rules/index.js';
import type { RuleSetting } from '../analysis/rules/index.js';
import { maxFileBytes } from '../host/limits.js';

export interface ClientSettings {
  rules: ReadonlyMap<string, RuleSetting>;
  /** `isnad.maxFileSizeMB` in bytes: larger articles are not analysed. */
  maxFileBytes: number;
  /** `isnad.editor.textColors`: semantic tokens (text colours), which put Arabic words out of order; off unless asked for. */
  textColors: boolean;
  /** `isnad.editor.codeLens`: the code lenses over claims that reach something in the other articles. */
  codeLens: boolean;
  /** `isnad.diagnostics.scope`: whose problems are published (see diagnosticsScope in diagnostics-scope.ts). */
  diagnosticsScope: DiagnosticsScope;
}

export type DiagnosticsScope = 'auto' | 'openFiles' | 'folder';
const SCOPES: readonly DiagnosticsScope[] = ['auto', 'openFiles', 'folder'];

/** The setting named in the notice on a file above the limit. */
export const SIZE_SETTING = 'isnad.maxFileSizeMB';

export const defaultSettings = (): ClientSettings => ({
  rules: new Map(), maxFileBytes: maxFileBytes(undefined), textColors: false, codeLens: true, diagnosticsScope: 'auto',
});

const part = (raw: unknown, key: string): Record<string, unknown> => {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'object' && value !== null ? value as Record<string, unknown> : {};
};

const isSetting = (v: unknown): v is RuleSetting => v === 'off' || (SEVERITIES as readonly unknown[]).includes(v);

export function readSettings(raw: unknown): ClientSettings {
  const rules = new Map<string, RuleSetting>();
  const section = typeof raw === 'object' && raw !== null ? (raw as { rules?: unknown }).rules : undefined;
  if (typeof section === 'object' && section !== null) {
    for (const rule of RULES) {
      const value = (section as Record<string, unknown>)[rule.id];
      if (isSetting(value)) rules.set(rule.id, value);
    }
  }
  const mb = typeof raw === 'object' && raw !== null ? (raw as { maxFileSizeMB?: unknown }).maxFileSizeMB : undefined;
  const editor = part(raw, 'editor');
  const scope = part(raw, 'diagnostics')['scope'];
  return {
    rules,
    maxFileBytes: maxFileBytes(mb),
    textColors: editor['textColors'] === true,
    codeLens: editor['codeLens'] !== false,
    diagnosticsScope: SCOPES.includes(scope as DiagnosticsScope) ? scope as DiagnosticsScope : 'auto',
  };
}

/** The severity each rule has for an article: isnad.yaml, else the client, else the rule's default. */
export function effectiveRules(client: ClientSettings, folder: ReadonlyMap<string, RuleSetting>): Map<string, RuleSetting> {
  return new Map([...client.rules, ...folder]);
}
