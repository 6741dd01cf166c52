// The policy matrix: every role × every action × four kinds of target, against the expectations written out by hand in
// matrixTesting.ts, so that a change to the grants in index.ts that is not also made there fails.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIONS, ForbiddenError, NotFoundError, ROLES, UnauthenticatedError, authorize, can, companyScope, decide, visitor } from './index.ts';
import type { Actor, CheckTarget, Role, Target } from './index.ts';
import { CODE, MATRIX, SCOPES, VISITOR_SCOPES, expectedVisitorOutcome } from './matrixTesting.ts';
import { decideBy, rule, tenantRules } from './core.ts';
import type { Scope, VisitorScope } from './matrixTesting.ts';

const T1 = '00000000-0000-4000-8000-000000000001';
const T2 = '00000000-0000-4000-8000-000000000002';
const C1 = '00000000-0000-4000-8000-0000000000c1'; // the company user's company, in T1
const C2 = '00000000-0000-4000-8000-0000000000c2'; // another company in T1
const C3 = '00000000-0000-4000-8000-0000000000c3'; // a company in T2

const actors: Record<Role, Actor> = {
  admin: { userId: 'u-admin', tenantId: T1, role: 'admin', companyId: null },
  adviser: { userId: 'u-adviser', tenantId: T1, role: 'adviser', companyId: null },
  company: { userId: 'u-company', tenantId: T1, role: 'company', companyId: C1 },
};

const targets: Record<Scope, Target> = {
  /** a tenant-wide object of the actor's tenant (a user, a report, the settings) */
  ownTenant: { tenantId: T1 },
  /** any object of another tenant, here one of its companies */
  otherTenant: { tenantId: T2, companyId: C3 },
  /** an object of company C1 (the company user's own) */
  ownCompany: { tenantId: T1, companyId: C1 },
  /** an object of company C2, same tenant */
  otherCompany: { tenantId: T1, companyId: C2 },
};

test('the matrix names every action exactly once', () => {
  assert.deepEqual(Object.keys(MATRIX).sort(), [...ACTIONS].sort());
});

for (const action of ACTIONS) {
  for (const role of ROLES) {
    test(`${role} × ${action}: ${MATRIX[action][role]}`, () => {
      const row = MATRIX[action][role];
      assert.equal(row.length, SCOPES.length);
      SCOPES.forEach((scope, i) => {
        const expected = CODE[row[i]!]!;
        const actor = actors[role];
        // a task of the matrix is the company's own (the company may tick it); see the test below for the others'
        const target = action === 'task.complete' ? { ...targets[scope], taskOwner: 'company' } : targets[scope];
        assert.equal(decide(actor, action, target), expected, `${role} ${action} on ${scope}`);
        assert.equal(can(actor, action, target), expected === 'allow');
        if (expected === 'allow') assert.equal(authorize(actor, action, target), actor);
        else assert.throws(() => authorize(actor, action, target), expected === 'notFound' ? NotFoundError : ForbiddenError);
      });
    });
  }
}

test('a company user may not tick the adviser’s or the candidate’s task of their own case; staff may', () => {
  for (const taskOwner of ['adviser', 'candidate']) {
    const task = { ...targets.ownCompany, taskOwner };
    assert.equal(decide(actors.company, 'task.complete', task), 'forbidden', taskOwner);
    assert.equal(decide(actors.adviser, 'task.complete', task), 'allow', taskOwner);
    assert.equal(decide(actors.company, 'task.complete', { ...targets.otherCompany, taskOwner: 'company' }), 'notFound');
  }
  assert.equal(decide(actors.company, 'task.complete', targets.ownCompany), 'forbidden', 'a task without an owner is not the company’s');
});

test('another tenant is "not found" whatever the role, even for tenant-wide targets and matching company ids', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      assert.equal(decide(actors[role], action, { tenantId: T2 }), 'notFound');
      // a company id that happens to equal the actor's company does not open another tenant
      assert.equal(decide(actors[role], action, { tenantId: T2, companyId: C1 }), 'notFound');
    }
  }
});

test('a company user without a company (inconsistent data) is allowed nothing company-scoped', () => {
  const broken: Actor = { userId: 'u-x', tenantId: T1, role: 'company', companyId: null };
  for (const action of ACTIONS) {
    for (const target of [targets.ownTenant, { tenantId: T1, companyId: null }]) {
      const d = decide(broken, action, target);
      assert.equal(d, action.startsWith('apiToken.') || action === 'calendarFeed.manage' || action === 'reminders.update' ? 'allow' : 'forbidden', action);
    }
  }
});

test('no actor: can() is false and authorize() asks for sign-in (401)', () => {
  assert.equal(can(null, 'company.read', targets.ownCompany), false);
  assert.equal(can(undefined, 'check.create', targets.ownTenant), false);
  assert.throws(() => authorize(null, 'company.read', targets.ownCompany), (e: unknown) => e instanceof UnauthenticatedError && e.statusCode === 401);
});

test('errors carry the HTTP status for the error handlers', () => {
  assert.throws(() => authorize(actors.adviser, 'user.list', targets.otherTenant), (e: unknown) => e instanceof NotFoundError && e.statusCode === 404);
  assert.throws(() => authorize(actors.adviser, 'user.list', targets.ownTenant), (e: unknown) => e instanceof ForbiddenError && e.statusCode === 403);
});

test('companyScope: staff see every company, a company user only their own', () => {
  assert.equal(companyScope(actors.admin), null);
  assert.equal(companyScope(actors.adviser), null);
  assert.equal(companyScope(actors.company), C1);
});

test('a visitor: their own check (by its key) yes, anyone else’s is not found, nothing in a tenant (sign in)', () => {
  const ownKey = 'A'.repeat(22);
  const checks: Record<VisitorScope, CheckTarget> = {
    ownKey: { tenantId: null, key: ownKey },
    otherKey: { tenantId: null, key: 'B'.repeat(22) },
  };
  const v = visitor(ownKey);
  for (const action of ACTIONS) {
    VISITOR_SCOPES.forEach((scope) => {
      const expected = expectedVisitorOutcome(action, scope);
      const target = action.startsWith('check.') ? checks[scope] : targets.ownCompany;
      assert.equal(can(v, action, target), expected === 'allow', `visitor ${action} on ${scope}`);
      if (expected === 'allow') assert.equal(authorize(v, action, target), v);
      else assert.throws(() => authorize(v, action, target), expected === 'notFound' ? NotFoundError : UnauthenticatedError, `visitor ${action} on ${scope}`);
    });
  }
});

test('a signed-in user does not reach an anonymous check except through its link, as a visitor', () => {
  for (const role of ROLES) assert.equal(decide(actors[role], 'check.read', { tenantId: null, key: 'A'.repeat(22) }), 'notFound');
});

test('the core expresses rules on the object itself: an assigned adviser, a visibility flag', () => {
  interface Case extends Target {
    adviserUserId: string;
    visibleToCompany: boolean;
  }
  const assignedAdviser = rule<Actor, Case>('the adviser assigned to the case', (a, o) => a.role !== 'adviser' || o.adviserUserId === a.userId);
  const visibleToCompany = rule<Actor, Case>('visible to the company', (a, o) => a.role !== 'company' || o.visibleToCompany, 'notFound');
  const rules = [...tenantRules({ adviser: true, company: 'ownCompany' }), assignedAdviser, visibleToCompany];
  const mine: Case = { tenantId: T1, companyId: C1, adviserUserId: 'u-adviser', visibleToCompany: false };
  const theirs: Case = { ...mine, adviserUserId: 'u-other', visibleToCompany: true };
  assert.equal(decideBy(rules, actors.adviser, mine), 'allow');
  assert.equal(decideBy(rules, actors.adviser, theirs), 'forbidden');
  assert.equal(decideBy(rules, actors.admin, theirs), 'allow');
  assert.equal(decideBy(rules, actors.company, mine), 'notFound');
  assert.equal(decideBy(rules, actors.company, theirs), 'allow');
  assert.equal(decideBy(rules, actors.company, { ...theirs, companyId: C2 }), 'notFound');
  assert.equal(decideBy(rules, { ...actors.adviser, tenantId: T2 }, mine), 'notFound');
});
