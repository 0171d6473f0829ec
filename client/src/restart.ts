// When the language server stops without being asked to: restart it, and
// tell the user once, not at every crash; after too many crashes in a short
// time, stop restarting (a crash loop would only burn CPU and spam the user)
// and say how to start it again. Pure, so that the policy is tested without
// VS Code; its words go through @vscode/l10n (see views/strings.ts).
import * as l10n from '@vscode/l10n';

/** What to do about one unexpected stop, and what to tell the user (null: nothing). */
export interface RestartDecision {
  restart: boolean;
  tell: 'restarted' | 'gave-up' | null;
}

export class RestartPolicy {
  private crashes: number[] = [];
  private toldRestart = false;

  constructor(
    /** Restarts allowed within `windowMs` before giving up. */
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  stopped(): RestartDecision {
    const at = this.now();
    this.crashes = [...this.crashes.filter((t) => at - t < this.windowMs), at];
    if (this.crashes.length > this.maxRestarts) {
      this.crashes = []; // a manual restart starts with a clean slate
      return { restart: false, tell: 'gave-up' };
    }
    const tell = this.toldRestart ? null : 'restarted';
    this.toldRestart = true;
    return { restart: true, tell };
  }
}

/** The messages for the user, with the number of restarts allowed. */
export const restartMessages = {
  get restarted(): string {
    return l10n.t('The Isnad server stopped unexpectedly and was restarted. The Isnad output has the details.');
  },
  gaveUp: (restarts: number, minutes: number): string =>
    l10n.t('The Isnad server stopped {0} times in {1} minutes and is not restarted again. Run "Isnad: Restart Server" to start it.', restarts + 1, minutes),
  get initFailed(): string {
    return l10n.t('The Isnad server could not start. The Isnad output has the details.');
  },
  get showOutput(): string {
    return l10n.t('Show Output');
  },
  get restartServer(): string {
    return l10n.t('Restart Server');
  },
};
