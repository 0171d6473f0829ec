// The client's answer to a server that crashes (client/src/restart.ts): it
// restarts it and says so once; in a crash loop it stops restarting and says
// how to start it again, once; crashes long apart are not a loop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy, restartMessages } from '../../client/src/restart.js';

const MINUTE = 60 * 1000;

function policy(): { stopped: (at: number) => ReturnType<RestartPolicy['stopped']> } {
  let now = 0;
  const p = new RestartPolicy(4, 3 * MINUTE, () => now);
  return { stopped: (at) => { now = at; return p.stopped(); } };
}

test('a crash: restarted, and the user told once; the next crashes restart quietly', () => {
  const p = policy();
  assert.deepEqual(p.stopped(0), { restart: true, tell: 'restarted' });
  assert.deepEqual(p.stopped(10 * MINUTE), { restart: true, tell: null });
  assert.deepEqual(p.stopped(20 * MINUTE), { restart: true, tell: null });
});

test('a crash loop: four restarts within three minutes, then no more, said once', () => {
  const p = policy();
  const decisions = [0, 1, 2, 3, 4].map((s) => p.stopped(s * 1000));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false]);
  assert.deepEqual(decisions.map((d) => d.tell), ['restarted', null, null, null, 'gave-up']);
  // started again by hand (Isnad: Restart Server): a fresh count, and no second "restarted" message
  assert.deepEqual(p.stopped(5000), { restart: true, tell: null });
});

test('crashes spread over more than the window are never a loop', () => {
  const p = policy();
  for (let i = 0; i < 20; i++) assert.equal(p.stopped(i * MINUTE).restart, true, `crash ${i}`);
});

test('the messages name the way out', () => {
  assert.match(restartMessages.gaveUp(4, 3), /5 times in 3 minutes.*Isnad: Restart Server/);
  assert.match(restartMessages.restarted, /restarted/);
});
