// PASS/FAIL bookkeeping: each check runs once, prints one line, and the
// run ends with "N passed, N failed".
export function createChecks() {
  const results = [];
  return {
    /** Runs one check; true when it passed. */
    async check(name, body) {
      try {
        const detail = await body();
        results.push(true);
        console.log(`PASS ${name}${detail ? ` — ${detail}` : ''}`);
        return true;
      } catch (error) {
        results.push(false);
        console.log(`FAIL ${name} — ${error?.message ?? error}`);
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
      console.log(`${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
