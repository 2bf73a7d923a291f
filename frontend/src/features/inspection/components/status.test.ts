import { describe, expect, it } from 'vitest';
import type { Rectification } from '../api/types';
import { inspectionActions, rectificationActions } from './status';

describe('inspectionActions', () => {
  it('offers one step at a time and scores only while under way', () => {
    expect(inspectionActions({ status: 'PLANNED' }, true)).toEqual({
      edit: true,
      start: true,
      scoring: false,
      conclude: false,
      score: false,
    });
    expect(inspectionActions({ status: 'IN_PROGRESS' }, true)).toMatchObject({ scoring: true, score: true });
    expect(inspectionActions({ status: 'SCORING' }, true)).toMatchObject({ conclude: true, score: true });
    expect(Object.values(inspectionActions({ status: 'CONCLUDED' }, true))).not.toContain(true);
    expect(Object.values(inspectionActions({ status: 'SCORING' }, false))).not.toContain(true);
  });
});

describe('rectificationActions', () => {
  const base: Pick<Rectification, 'status' | 'longTerm' | 'progress' | 'extensions'> = {
    status: 'OPEN',
    longTerm: false,
    progress: [],
    extensions: [],
  };
  const owner = { owner: true, raising: false };
  const raising = { owner: false, raising: true };
  const entry = { id: 1, text: 'x', createdAt: '', authorName: 'a', attachments: [] };

  it('lets the owner report progress and submit once there is some', () => {
    expect(rectificationActions(base, owner)).toMatchObject({
      progress: true,
      submit: false,
      requestExtension: true,
    });
    expect(rectificationActions({ ...base, status: 'IN_PROGRESS', progress: [entry] }, owner)).toMatchObject({
      submit: true,
      verify: false,
    });
  });

  it('lets the raising organization verify or reject what was submitted', () => {
    const submitted = { ...base, status: 'SUBMITTED' as const, progress: [entry] };
    expect(rectificationActions(submitted, raising)).toMatchObject({
      verify: true,
      reject: true,
      progress: false,
    });
    expect(rectificationActions(submitted, owner)).toMatchObject({ verify: false, submit: false });
  });

  it('asks for one extension at a time, none for 长期坚持, decided by the raising side', () => {
    const pending = {
      ...base,
      extensions: [{ id: 1, requestedDeadline: '', reason: '', status: 'PENDING' as const, requestedAt: '' }],
    };
    expect(rectificationActions(pending, owner).requestExtension).toBe(false);
    expect(rectificationActions(pending, raising).decideExtension).toBe(true);
    expect(rectificationActions({ ...base, longTerm: true }, owner).requestExtension).toBe(false);
  });
});
