import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { CopyButton } from './copy-button.tsx';

function renderButton() {
  const user = userEvent.setup();
  render(
    <I18nProvider initialLocale="en">
      <CopyButton text={() => 'https://example.test/#payload=abc'} label="Copy share link" />
    </I18nProvider>,
  );
  return user;
}

afterEach(() => vi.unstubAllGlobals());

describe('CopyButton', () => {
  it('copies and says so', async () => {
    const user = renderButton();
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(await navigator.clipboard.readText()).toBe('https://example.test/#payload=abc');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('without a clipboard, shows the text selected to copy by hand instead of throwing', async () => {
    const user = renderButton();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy');
    const field = screen.getByRole('textbox', { name: 'Copy share link' });
    expect(field).toHaveValue('https://example.test/#payload=abc');
    expect(field).toHaveFocus();
  });
});
