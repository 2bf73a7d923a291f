import { describe, expect, it } from 'vitest';
import {
  distinctLinks,
  formatLink,
  linkedRecordPath,
  newCasePath,
  parseLink,
  suggestedDecisionKind,
  suggestedSituation,
} from './links';

describe('parseLink', () => {
  it('reads kind and id, and a decision index for a fulfilment', () => {
    expect(parseLink('PUBLICATION:12')).toEqual({ kind: 'PUBLICATION', id: 12 });
    expect(parseLink('FULFILMENT:5:0')).toEqual({ kind: 'FULFILMENT', id: 5, decisionIndex: 0 });
  });

  it('drops what is not a link', () => {
    for (const value of [
      '',
      'PUBLICATION',
      'PUBLICATION:0',
      'PUBLICATION:x',
      'POST:12',
      'FULFILMENT:5:',
      'A:1:2:3',
    ])
      expect(parseLink(value), value).toBeUndefined();
    expect(parseLink('FULFILMENT:5:-1')).toBeUndefined();
  });

  it('is the inverse of formatLink', () => {
    for (const value of ['MAJOR_MATTER:3', 'FULFILMENT:5:2'])
      expect(formatLink(parseLink(value)!)).toBe(value);
  });
});

describe('newCasePath', () => {
  it('carries the link, and the subject and date when known', () => {
    expect(newCasePath({ kind: 'RECTIFICATION', id: 30 })).toBe(
      '/accountability-cases/new?link=RECTIFICATION%3A30',
    );
    expect(
      newCasePath({ kind: 'PUBLICATION', id: 12 }, { subjectOrganizationId: 10, incidentDate: '2026-12-01' }),
    ).toBe('/accountability-cases/new?link=PUBLICATION%3A12&subject=10&date=2026-12-01');
  });
});

describe('links', () => {
  it('keeps each link once', () => {
    expect(
      distinctLinks([
        { kind: 'PUBLICATION', id: 12 },
        { kind: 'PUBLICATION', id: 12, label: '通知' },
        { kind: 'FULFILMENT', id: 5, decisionIndex: 1 },
      ]),
    ).toHaveLength(2);
  });

  it('leads to the pages the app has', () => {
    expect(linkedRecordPath({ kind: 'PUBLICATION', id: 12 })).toBe('/publications/12');
    expect(linkedRecordPath({ kind: 'MAJOR_MATTER', id: 3 })).toBe('/major-matters/3');
    expect(linkedRecordPath({ kind: 'RECTIFICATION', id: 30 })).toBe('/rectifications/30');
    expect(linkedRecordPath({ kind: 'OBLIGATION', id: 4 })).toBeUndefined();
  });

  it('suggests the situation and the decision kind from what is linked', () => {
    expect(suggestedSituation([{ kind: 'PUBLICATION', id: 1 }])).toBe('UNREVIEWED_PUBLICATION');
    expect(suggestedSituation([{ kind: 'MAJOR_MATTER', id: 1 }])).toBe('MAJOR_MATTER_CONCEALED');
    expect(suggestedSituation([{ kind: 'RECTIFICATION', id: 1 }])).toBe('RECTIFICATION_FAILED');
    expect(suggestedSituation([{ kind: 'OBLIGATION', id: 1 }])).toBeUndefined();
    expect(suggestedDecisionKind([{ kind: 'PUBLICATION', id: 1 }])).toBe('INDIVIDUAL');
    expect(suggestedDecisionKind([])).toBe('COLLECTIVE');
  });
});
