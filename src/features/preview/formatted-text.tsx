/**
 * A message body with WhatsApp's formatting, rendered from the domain's token tree into React nodes: what the
 * user typed only ever becomes text nodes and attributes, never markup. Every line gets `dir="auto"` so an
 * Arabic or Hebrew line reads right to left inside an English message and the other way round.
 */
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { assertNever } from '../../domain/assert-never.ts';
import { type Block, type Inline, tokenize } from '../../domain/message/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { foldBlocks } from './fold-blocks.ts';

/** ``` spans keep their line breaks; a lone CR is not one for CSS. */
function normalizeBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function renderInlines(inlines: readonly Inline[]): ReactNode[] {
  return inlines.map((token, index) => {
    switch (token.type) {
      case 'plain':
        return token.text;
      case 'bold':
        return (
          <strong key={index} className="font-bold">
            {renderInlines(token.children)}
          </strong>
        );
      case 'italic':
        return <em key={index}>{renderInlines(token.children)}</em>;
      case 'strike':
        return <s key={index}>{renderInlines(token.children)}</s>;
      case 'mono':
        return (
          <code key={index} data-format="mono" className="font-mono text-[0.93em]">
            {normalizeBreaks(token.text)}
          </code>
        );
      case 'code':
        return (
          <code
            key={index}
            data-format="code"
            className="rounded-[3px] bg-black/[0.06] px-[3px] font-mono text-[0.88em] dark:bg-white/[0.1]"
          >
            {token.text}
          </code>
        );
      case 'link':
        return (
          <a
            key={index}
            href={token.href}
            target="_blank"
            rel="noopener noreferrer"
            className="text-wa-link underline decoration-1 underline-offset-2 dark:text-wa-link-dark"
          >
            {token.text}
          </a>
        );
      default:
        return assertNever(token);
    }
  });
}

/** One line's content; the last line also carries what follows the text (time, "Read more"). */
function lineContent(block: Block, trailing: ReactNode): ReactNode {
  const children = renderInlines(block.children);
  if (children.length === 0 && trailing === null) return <br />;
  return (
    <>
      {children}
      {trailing}
    </>
  );
}

/** Consecutive blocks of one type (list items, quote lines) form one element. */
function runEnd(blocks: readonly Block[], start: number): number {
  const type = blocks[start]?.type;
  let end = start + 1;
  while (end < blocks.length && blocks[end]?.type === type) end += 1;
  return end;
}

function renderBlocks(blocks: readonly Block[], trailing: ReactNode): ReactNode[] {
  const nodes: ReactNode[] = [];
  const last = blocks.length - 1;
  const after = (index: number) => (index === last ? trailing : null);
  let start = 0;
  while (start < blocks.length) {
    const first = blocks[start];
    if (first === undefined) break;
    const end = first.type === 'paragraph' ? start + 1 : runEnd(blocks, start);
    const run = blocks.slice(start, end);
    const at = start;
    switch (first.type) {
      case 'paragraph':
        nodes.push(
          <p key={at} dir="auto">
            {lineContent(first, after(at))}
          </p>,
        );
        break;
      case 'quote':
        nodes.push(
          <blockquote
            key={at}
            dir="auto"
            className="my-0.5 border-s-[3px] border-black/20 ps-2 text-black/70 dark:border-white/25 dark:text-white/70"
          >
            {run.map((block, offset) => (
              <p key={offset} dir="auto">
                {lineContent(block, after(at + offset))}
              </p>
            ))}
          </blockquote>,
        );
        break;
      case 'bullet':
        nodes.push(
          <ul key={at} dir="auto" className="list-disc ps-5">
            {run.map((block, offset) => (
              <li key={offset} dir="auto">
                {lineContent(block, after(at + offset))}
              </li>
            ))}
          </ul>,
        );
        break;
      case 'numbered':
        nodes.push(
          <ol key={at} dir="auto" className="list-decimal ps-6">
            {run.map((block, offset) => (
              <li key={offset} dir="auto" value={block.type === 'numbered' ? block.number : undefined}>
                {lineContent(block, after(at + offset))}
              </li>
            ))}
          </ol>,
        );
        break;
      default:
        assertNever(first);
    }
    start = end;
  }
  if (blocks.length === 0 && trailing !== null) nodes.push(<p key="trailing">{trailing}</p>);
  return nodes;
}

// Not memoised: every caller passes a fresh `trailing` element; the tokens are memoised inside instead.
export function FormattedText({
  text,
  trailing = null,
}: {
  text: string;
  /** Inline content after the last line, e.g. the message time. */
  trailing?: ReactNode;
}) {
  const { t } = useI18n();
  const blocks = useMemo(() => tokenize(text), [text]);
  const [expanded, setExpanded] = useState(false);
  const view = useMemo(() => (expanded ? { blocks, folded: false } : foldBlocks(blocks)), [blocks, expanded]);
  const container = useRef<HTMLDivElement>(null);
  const end = view.folded ? (
    <>
      {'… '}
      <button
        type="button"
        className="font-medium text-wa-link hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-wa-link dark:text-wa-link-dark"
        onClick={() => {
          // The button goes away: keep the reader's place by moving focus to the text it revealed.
          container.current?.focus({ preventScroll: true });
          setExpanded(true);
        }}
      >
        {t('preview.readMore')}
      </button>
      {trailing}
    </>
  ) : (
    trailing
  );
  return (
    <div
      ref={container}
      tabIndex={-1}
      className="whitespace-pre-wrap break-words outline-none [overflow-wrap:anywhere]"
    >
      {renderBlocks(view.blocks, end)}
    </div>
  );
}
