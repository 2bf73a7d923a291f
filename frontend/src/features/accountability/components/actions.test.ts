import { describe, expect, it } from 'vitest';
import { accessOf } from '@/features/me';
import { me } from '@/test/fixtures';
import { CASE_STATUSES, type CaseStatus } from '../api/types';
import { canAddStatement, caseActions, sideOf } from './actions';
import { line } from './fixtures';

const shown = (status: CaseStatus, side: 'filer' | 'named' | 'reader') =>
  Object.entries(caseActions(status, side))
    .filter(([, on]) => on)
    .map(([name]) => name)
    .sort();

describe('caseActions', () => {
  it('offers a filer the next step of each status', () => {
    expect(shown('DRAFT', 'filer')).toEqual(['editFacts', 'editLines', 'recompute', 'submit']);
    expect(shown('UNDER_REVIEW', 'filer')).toEqual(['decide', 'editLines']);
    expect(shown('DECIDED', 'filer')).toEqual(['close', 'fileUpward', 'print']);
    expect(shown('FILED_UPWARD', 'filer')).toEqual(['close', 'print']);
    expect(shown('CLOSED', 'filer')).toEqual(['print']);
  });

  it('offers a named person no step and no print; a reader only the print', () => {
    for (const status of CASE_STATUSES) expect(shown(status, 'named'), status).toEqual([]);
    expect(shown('DRAFT', 'reader')).toEqual([]);
    expect(shown('DECIDED', 'reader')).toEqual(['print']);
  });
});

describe('sideOf', () => {
  it('is named when the server sent the own line only, reader for an auditor, filer otherwise', () => {
    const auditor = accessOf(me({ globalRoles: ['auditor'], person: undefined, scope: [] }));
    const admin = accessOf(me({ globalRoles: ['admin'] }));
    expect(sideOf({ ownLineOnly: true }, accessOf(me()))).toBe('named');
    expect(sideOf({ ownLineOnly: false }, auditor)).toBe('reader');
    expect(sideOf({ ownLineOnly: false }, admin)).toBe('filer');
    expect(sideOf({ ownLineOnly: false }, accessOf(me()))).toBe('filer');
  });
});

describe('canAddStatement', () => {
  it('lets only the named person state, and only before the decision', () => {
    const own = line({ personId: 7 });
    expect(canAddStatement('DRAFT', own, 7)).toBe(true);
    expect(canAddStatement('UNDER_REVIEW', own, 7)).toBe(true);
    expect(canAddStatement('DECIDED', own, 7)).toBe(false);
    expect(canAddStatement('UNDER_REVIEW', own, 8)).toBe(false);
    expect(canAddStatement('UNDER_REVIEW', own, undefined)).toBe(false);
  });
});
