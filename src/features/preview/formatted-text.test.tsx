import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { FormattedText } from './formatted-text.tsx';

function renderText(text: string, trailing?: ReactNode) {
  return render(
    <I18nProvider initialLocale="en">
      <FormattedText text={text} trailing={trailing} />
    </I18nProvider>,
  );
}

describe('FormattedText', () => {
  it('renders each WhatsApp marker as its element', () => {
    const { container } = renderText(
      '*gras* _italique_ ~barré~ ```mono``` `code`\n> citation\n- puce\n* autre puce\n3. trois\n4. quatre\nVoir https://digishare.ma/aide.',
    );
    expect(container.querySelector('strong')).toHaveTextContent('gras');
    expect(container.querySelector('em')).toHaveTextContent('italique');
    expect(container.querySelector('s')).toHaveTextContent('barré');
    expect(container.querySelector('code[data-format="mono"]')).toHaveTextContent('mono');
    expect(container.querySelector('code[data-format="code"]')).toHaveTextContent('code');
    expect(container.querySelector('blockquote')).toHaveTextContent('citation');
    const [bullets, numbered] = screen.getAllByRole('list');
    expect(bullets?.tagName).toBe('UL');
    expect(bullets?.querySelectorAll('li')).toHaveLength(2);
    expect(numbered?.tagName).toBe('OL');
    expect([...(numbered?.querySelectorAll('li') ?? [])].map((li) => li.value)).toEqual([3, 4]);
    const link = screen.getByRole('link', { name: 'https://digishare.ma/aide' });
    expect(link).toHaveAttribute('href', 'https://digishare.ma/aide');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Markers are formatting, not text.
    expect(container).not.toHaveTextContent('*gras*');
  });

  it('gives www. links a scheme', () => {
    renderText('www.digishare.ma');
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://www.digishare.ma');
  });

  it('shows markup typed by the user as text', () => {
    const typed = '<img src=x onerror="alert(1)"> <b>gras</b> <a href="javascript:alert(1)">x</a>';
    const { container } = renderText(typed);
    expect(container).toHaveTextContent(typed);
    expect(container.querySelector('img, b, a')).toBeNull();
  });

  it('keeps line breaks and empty lines', () => {
    const { container } = renderText('un\n\ntrois');
    const lines = container.querySelectorAll('p');
    expect(lines).toHaveLength(3);
    expect(lines[1]?.querySelector('br')).not.toBeNull();
    expect(container.firstElementChild).toHaveClass('whitespace-pre-wrap');
  });

  it('lets every line and list pick its own direction', () => {
    const { container } = renderText('Bonjour\nمرحبا بكم\n> citation\n- puce\n1. un');
    const blocks = container.querySelectorAll('p, li, ul, ol, blockquote');
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    for (const block of blocks) expect(block).toHaveAttribute('dir', 'auto');
  });

  it('puts what follows the text at the end of the last line', () => {
    const { container } = renderText('un\n- deux', <span data-testid="time">14:05</span>);
    expect(container.querySelector('li')).toContainElement(screen.getByTestId('time'));
  });

  it('folds a long text behind "Read more" and expands it', async () => {
    const user = userEvent.setup();
    const lines = Array.from({ length: 60 }, (_, i) => `Ligne ${i + 1} du message`);
    const { container } = renderText(lines.join('\n'));
    expect(container).toHaveTextContent('Ligne 1 du message');
    expect(container).not.toHaveTextContent('Ligne 60 du message');
    const more = screen.getByRole('button', { name: 'Read more' });
    await user.click(more);
    expect(container).toHaveTextContent('Ligne 60 du message');
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
    expect(container.firstElementChild).toHaveFocus();
  });

  it('expands from the keyboard', async () => {
    const user = userEvent.setup();
    const { container } = renderText('mot '.repeat(400));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Read more' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(container.textContent?.trim()).toBe('mot '.repeat(400).trim());
  });

  it('does not fold a short text', () => {
    renderText('Bonjour Adil ! Votre commande est prête.');
    expect(screen.queryByRole('button', { name: 'Read more' })).toBeNull();
  });
});
