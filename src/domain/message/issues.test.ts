import { expect, it } from 'vitest';
import { formatIssuePath, parseIssuePath } from './issues.ts';

it('formats paths the way people read them', () => {
  expect(formatIssuePath(['body', 'action', 'buttons', 1, 'reply', 'title'])).toBe(
    'body.action.buttons[1].reply.title',
  );
  expect(formatIssuePath([])).toBe('');
  expect(formatIssuePath([0, 'id'])).toBe('[0].id');
});

it('reads both path notations back', () => {
  expect(parseIssuePath('body.action.buttons[1].reply.title')).toEqual([
    'body',
    'action',
    'buttons',
    1,
    'reply',
    'title',
  ]);
  expect(parseIssuePath('body.action.sections.0.rows.2.id')).toEqual([
    'body',
    'action',
    'sections',
    0,
    'rows',
    2,
    'id',
  ]);
  expect(parseIssuePath('')).toEqual([]);
});
