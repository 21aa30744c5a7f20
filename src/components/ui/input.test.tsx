import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Input, Textarea } from './input.tsx';

describe('Input and Textarea', () => {
  it('take their accessible name from a label, aria-label or aria-labelledby', () => {
    render(
      <>
        <label htmlFor="name">Business name</label>
        <Input id="name" />
        <Input aria-label="Token" mono />
        <span id="json-label">Payload</span>
        <Textarea aria-labelledby="json-label" density="compact" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Business name' })).toHaveAttribute('type', 'text');
    expect(screen.getByRole('textbox', { name: 'Token' })).toHaveClass('font-mono');
    expect(screen.getByRole('textbox', { name: 'Payload' }).tagName).toBe('TEXTAREA');
  });

  it('carry the one look, with variants instead of overrides, and layout classes added', () => {
    render(
      <>
        <Input aria-label="regular" className="flex-1" />
        <Input aria-label="compact" density="compact" />
        <Input aria-label="invalid" aria-invalid />
      </>,
    );
    const regular = screen.getByRole('textbox', { name: 'regular' });
    expect(regular).toHaveClass('rounded-md', 'border-neutral-300', 'px-3', 'py-2', 'text-sm', 'flex-1');
    const compact = screen.getByRole('textbox', { name: 'compact' });
    expect(compact).toHaveClass('px-2', 'py-1', 'text-xs');
    expect(compact).not.toHaveClass('px-3');
    expect(compact).not.toHaveClass('text-sm');
    expect(screen.getByRole('textbox', { name: 'invalid' })).toHaveClass('aria-invalid:border-red-600');
  });

  it('refuses, at type level, a field with no accessible name', () => {
    // @ts-expect-error: an id (for a label), aria-label or aria-labelledby is required.
    render(<Input placeholder="nameless" />);
    expect(screen.getByPlaceholderText('nameless')).toBeInTheDocument();
  });
});
