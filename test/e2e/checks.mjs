// PASS/FAIL bookkeeping: each check runs once, prints one line with the
// seconds it took (the run must stay well inside CI's time), and the run ends
// with "N passed, N failed" and its total time.
export function createChecks() {
  const results = [];
  const started = Date.now();
  const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  return {
    /** Runs one check; true when it passed. */
    async check(name, body) {
      const at = Date.now();
      try {
        const detail = await body();
        results.push(true);
        console.log(`PASS ${name}${detail ? ` — ${detail}` : ''} [${seconds(at)}]`);
        return true;
      } catch (error) {
        results.push(false);
        console.log(`FAIL ${name} — ${error?.message ?? error} [${seconds(at)}]`);
        return false;
      }
    },
    /** A failure found outside a check (the run's time limit). */
    fail(name, reason) {
      results.push(false);
      console.log(`FAIL ${name} — ${reason}`);
    },
    failedSoFar() {
      return results.includes(false);
    },
    summary() {
      const passed = results.filter(Boolean).length;
      const failed = results.length - passed;
      console.log(`${passed} passed, ${failed} failed, in ${seconds(started)}`);
      return failed;
    },
  };
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
