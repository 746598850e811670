import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartBudget } from '../../src/restartPolicy';

test('restarts up to the budget within the window, then stops', () => {
  let now = 0;
  const budget = new RestartBudget(3, 60_000, () => now);
  assert.equal(budget.shouldRestart(), true);
  now += 1000;
  assert.equal(budget.shouldRestart(), true);
  now += 1000;
  assert.equal(budget.shouldRestart(), true);
  now += 1000;
  assert.equal(budget.shouldRestart(), false);
});

test('old deaths stop counting', () => {
  let now = 0;
  const budget = new RestartBudget(2, 60_000, () => now);
  assert.equal(budget.shouldRestart(), true);
  assert.equal(budget.shouldRestart(), true);
  now += 61_000;
  assert.equal(budget.shouldRestart(), true);
});

test('a restart by hand resets the budget', () => {
  const budget = new RestartBudget(1, 60_000, () => 0);
  assert.equal(budget.shouldRestart(), true);
  assert.equal(budget.shouldRestart(), false);
  budget.reset();
  assert.equal(budget.shouldRestart(), true);
});
