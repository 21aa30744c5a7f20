import { expect, it } from 'vitest';
import { formatIssuePath } from './issues.ts';

it('formats paths the way people read them', () => {
  expect(formatIssuePath(['body', 'action', 'buttons', 1, 'reply', 'title'])).toBe(
    'body.action.buttons[1].reply.title',
  );
  expect(formatIssuePath([])).toBe('');
  expect(formatIssuePath([0, 'id'])).toBe('[0].id');
});
