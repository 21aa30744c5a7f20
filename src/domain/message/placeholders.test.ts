import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChars } from './count.ts';
import type { Draft } from './draft.ts';
import {
  draftPlaceholders,
  fillDraft,
  fillText,
  findPlaceholders,
  isPlaceholderName,
  matchPlaceholders,
  pickValues,
  unfilledInDraft,
  unfilledPlaceholders,
} from './placeholders.ts';

const RUNS = { numRuns: 1000 };

const nameArb = fc
  .array(fc.constantFrom('a', 'b', 'z', 'A', 'Q', '0', '7', '_', 'é', 'م', 'ن'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((chars) => chars.join(''));

/** Text that holds no placeholder, with the characters that come closest to making one. */
const literalArb = fc
  .array(fc.constantFrom('a', ' ', '{', '}', '{{', '}}', '-', '*', '_', '👍', 'م', '\n', '#', '{{ }}'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''))
  .filter((text) => findPlaceholders(text).length === 0);

/** A value that cannot be mistaken for part of a placeholder once inserted. */
const valueArb = fc
  .array(fc.constantFrom('x', 'Amina', ' ', '*gras*', '42', '👨‍👩‍👧', 'مرحبا', '_i_'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

type Segment = { literal: string } | { name: string; spaced: boolean };

const segmentsArb = fc.array(
  fc.oneof(
    literalArb.map((literal): Segment => ({ literal })),
    fc.record({ name: nameArb, spaced: fc.boolean() }).map((s): Segment => s),
  ),
  { maxLength: 10 },
);

/** Joins segments so that two literals never meet and form `{{` or `}}` across their boundary. */
function render(segments: readonly Segment[], valueFor?: (name: string) => string): string {
  return segments
    .map((segment) => {
      if ('literal' in segment) return `\u0001${segment.literal}\u0001`;
      if (valueFor) return valueFor(segment.name);
      return segment.spaced ? `{{ ${segment.name} }}` : `{{${segment.name}}}`;
    })
    .join('');
}

function namesOf(segments: readonly Segment[]): string[] {
  return [...new Set(segments.flatMap((s) => ('name' in s ? [s.name] : [])))];
}

describe('findPlaceholders', () => {
  it('finds names in order of first appearance, each once', () => {
    expect(findPlaceholders('Hi {{name}}, order {{order_2}} for {{name}}')).toEqual(['name', 'order_2']);
  });

  it('reads `{{ spaced }}` as the name inside', () => {
    expect(findPlaceholders('{{ customer_name }} and {{\tx\t}}')).toEqual(['customer_name', 'x']);
  });

  it('leaves unknown syntax as text', () => {
    for (const text of [
      '{{}}',
      '{{ }}',
      '{{a-b}}',
      '{{a b}}',
      '{name}',
      '{{#if x}}',
      '{{a.b}}',
      '{{ a\nb }}',
    ]) {
      expect(findPlaceholders(text), text).toEqual([]);
      expect(fillText(text, { a: 'X', b: 'Y', x: 'Z', name: 'N' }), text).toBe(text);
    }
  });

  it('takes the innermost well-formed name out of nested braces', () => {
    expect(findPlaceholders('{{{name}}}')).toEqual(['name']);
    expect(fillText('{{{name}}}', { name: 'Amina' })).toBe('{Amina}');
    expect(findPlaceholders('{{a{{b}}}}')).toEqual(['b']);
    expect(fillText('{{a{{b}}}}', { b: 'X' })).toBe('{{aX}}');
  });

  it('accepts letters of any script, digits and underscores as a name', () => {
    expect(findPlaceholders('{{اسم_العميل}} {{Prénom}} {{2}}')).toEqual(['اسم_العميل', 'Prénom', '2']);
    expect(isPlaceholderName('customer_name')).toBe(true);
    expect(isPlaceholderName('customer name')).toBe(false);
    expect(isPlaceholderName('')).toBe(false);
  });

  it('reports where each occurrence is', () => {
    expect(matchPlaceholders('a {{ x }} b')).toEqual([{ name: 'x', start: 2, end: 9 }]);
  });

  it('property: finds exactly the names written between literals, in order of first appearance', () => {
    fc.assert(
      fc.property(segmentsArb, (segments) => {
        expect(findPlaceholders(render(segments))).toEqual(namesOf(segments));
      }),
      RUNS,
    );
  });

  it('property: text with no placeholder is left exactly as it is, whatever the values', () => {
    fc.assert(
      fc.property(literalArb, fc.dictionary(nameArb, valueArb), (text, values) => {
        expect(fillText(text, values)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('fillText', () => {
  it('replaces each placeholder with its value and leaves the ones without a value as typed', () => {
    expect(fillText('Hi {{name}}, {{ order }} ready', { name: 'Amina', order: '' })).toBe(
      'Hi Amina, {{ order }} ready',
    );
  });

  it('never expands a value into another value', () => {
    expect(fillText('{{a}}', { a: '{{b}}', b: 'B' })).toBe('{{b}}');
  });

  it('does not read names from the object prototype', () => {
    expect(fillText('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
    expect(unfilledPlaceholders(['{{constructor}}'], {})).toEqual(['constructor']);
  });

  it('property: round trip — filled with every value, the text is the segments with the values in place', () => {
    fc.assert(
      fc.property(segmentsArb, fc.func(valueArb), (segments, valueFor) => {
        const template = render(segments);
        const values = Object.fromEntries(namesOf(segments).map((name) => [name, valueFor(name)]));
        const filled = fillText(template, values);
        expect(filled).toBe(render(segments, (name) => values[name] ?? ''));
        expect(findPlaceholders(filled)).toEqual([]);
        expect(unfilledPlaceholders([template], values)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('property: partly filled, the placeholders left are exactly the ones without a value', () => {
    fc.assert(
      fc.property(segmentsArb, fc.func(fc.option(valueArb, { nil: '' })), (segments, valueFor) => {
        const template = render(segments);
        const values = Object.fromEntries(namesOf(segments).map((name) => [name, valueFor(name)]));
        const missing = namesOf(segments).filter((name) => values[name] === '');
        const filled = fillText(template, values);
        expect(findPlaceholders(filled)).toEqual(missing);
        expect(unfilledPlaceholders([template], values)).toEqual(missing);
        // Filling what is left later gives what filling at once would have.
        const rest = Object.fromEntries(missing.map((name) => [name, 'later']));
        expect(fillText(filled, rest)).toBe(fillText(template, { ...values, ...rest }));
      }),
      RUNS,
    );
  });

  it('property: the filled length is the template length with each placeholder swapped for its value', () => {
    fc.assert(
      fc.property(segmentsArb, fc.func(valueArb), (segments, valueFor) => {
        const template = render(segments);
        const values = Object.fromEntries(namesOf(segments).map((name) => [name, valueFor(name)]));
        const matches = matchPlaceholders(template);
        const expected =
          countChars(template) +
          matches.reduce(
            (sum, m) => sum + countChars(values[m.name] ?? '') - countChars(template.slice(m.start, m.end)),
            0,
          );
        expect(countChars(fillText(template, values))).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('drafts', () => {
  const button: Draft = {
    kind: 'button',
    header: 'Order {{order}}',
    body: 'Hello {{ name }}, is {{order}} right?',
    buttons: [
      { id: 'btn_{{name}}', title: 'Yes {{name}}' },
      { id: 'btn_no', title: '{{other}}' },
    ],
  };

  it('lists placeholders in the editor order and never looks into ids', () => {
    expect(draftPlaceholders(button)).toEqual(['order', 'name', 'other']);
    expect(
      draftPlaceholders({
        kind: 'location',
        latitude: '{{a}}',
        longitude: '1',
        name: '{{b}}',
        address: '{{c}}',
      }),
    ).toEqual(['b', 'c']);
  });

  it('fills every text field and leaves ids as typed', () => {
    expect(fillDraft(button, { order: 'A-1', name: 'Amina', other: 'No' })).toEqual({
      kind: 'button',
      header: 'Order A-1',
      body: 'Hello Amina, is A-1 right?',
      buttons: [
        { id: 'btn_{{name}}', title: 'Yes Amina' },
        { id: 'btn_no', title: 'No' },
      ],
    });
  });

  it('fills list header, body, button label, section and row titles and descriptions', () => {
    const list: Draft = {
      kind: 'list',
      header: '{{h}}',
      body: '{{b}}',
      button: '{{l}}',
      sections: [{ title: '{{s}}', rows: [{ id: '{{i}}', title: '{{t}}', description: '{{d}}' }] }],
    };
    const values = { h: 'H', b: 'B', l: 'L', s: 'S', i: 'I', t: 'T', d: 'D' };
    expect(draftPlaceholders(list)).toEqual(['h', 'b', 'l', 's', 't', 'd']);
    expect(fillDraft(list, values)).toEqual({
      kind: 'list',
      header: 'H',
      body: 'B',
      button: 'L',
      sections: [{ title: 'S', rows: [{ id: '{{i}}', title: 'T', description: 'D' }] }],
    });
    expect(unfilledInDraft(list, { h: 'H' })).toEqual(['b', 'l', 's', 't', 'd']);
  });

  it('keeps only non-empty values of the names asked for', () => {
    expect(pickValues({ a: 'A', b: '', c: 'C' }, ['a', 'b'])).toEqual({ a: 'A' });
  });
});
