/**
 * The phone as a PNG, through html-to-image (SVG foreignObject drawn on a canvas), loaded on first use so it
 * never weighs on first paint.
 *
 * Two things the library does not do for us: it clones nodes without their scroll position, so a chat scrolled
 * to its latest message would come out showing its oldest — scrolled boxes are shifted with `translate` for the
 * capture and put back after; and an image it cannot fetch (a map tile from a server without CORS) would reject
 * the whole render — such images become a neutral tile instead, and the PNG is still made. Scrollbars, which a
 * picture has no use for, are left out.
 */

/** Twice the CSS size: sharp on slides and high-density screens, still small. */
const EXPORT_PIXEL_RATIO = 2;

/** 1×1 light grey: where a map tile could not be embedded. */
const MISSING_IMAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN4+vQpAAViArCRv9DsAAAAAElFTkSuQmCC';

class ImageExportError extends Error {
  readonly reason: 'empty' | 'render';
  constructor(reason: 'empty' | 'render', options?: ErrorOptions) {
    super(`Image export failed: ${reason}`, options);
    this.name = 'ImageExportError';
    this.reason = reason;
  }
}

/**
 * For the capture, every box that scrolls shows what it shows now with its scroll at 0 (its children shifted by
 * `translate`) and no scrollbar (the image is not scrollable). Returns the undo. On screen nothing moves.
 */
function pinScrollBoxes(root: HTMLElement): () => void {
  const undo: (() => void)[] = [];
  const boxes = [root, ...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth,
  );
  for (const box of boxes) {
    const { overflowX, overflowY } = getComputedStyle(box);
    if (![overflowX, overflowY].some((value) => value === 'auto' || value === 'scroll')) continue;
    const { scrollTop, scrollLeft } = box;
    const overflow = box.style.overflow;
    const children = [...box.children].filter((child): child is HTMLElement => child instanceof HTMLElement);
    const translates = children.map((child) => child.style.translate);
    if (scrollTop !== 0 || scrollLeft !== 0) {
      children.forEach((child) => {
        child.style.translate = `${-scrollLeft}px ${-scrollTop}px`;
      });
    }
    box.style.overflow = 'hidden';
    box.scrollTop = 0;
    box.scrollLeft = 0;
    undo.push(() => {
      children.forEach((child, index) => {
        child.style.translate = translates[index] ?? '';
      });
      box.style.overflow = overflow;
      box.scrollTop = scrollTop;
      box.scrollLeft = scrollLeft;
    });
  }
  return () => undo.reverse().forEach((step) => step());
}

export async function renderPng(node: HTMLElement): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const restore = pinScrollBoxes(node);
  let blob: Blob | null;
  try {
    blob = await toBlob(node, {
      pixelRatio: EXPORT_PIXEL_RATIO,
      // The clone keeps the node's computed margins (a centred phone has some), which would shift it in the image.
      style: { margin: '0' },
      imagePlaceholder: MISSING_IMAGE,
      onImageErrorHandler: () => undefined,
    });
  } catch (error) {
    throw new ImageExportError('render', { cause: error });
  } finally {
    restore();
  }
  if (blob === null || blob.size === 0) throw new ImageExportError('empty');
  return blob;
}
