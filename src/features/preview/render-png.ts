/**
 * The phone as a PNG, through html-to-image (SVG foreignObject drawn on a canvas), loaded on first use so it
 * never weighs on first paint.
 *
 * A demo wants the whole conversation, not the part the phone's screen shows: the picture is made from an
 * off-screen copy whose screen grows to the full thread. An image the library cannot fetch (a map tile from a
 * server without CORS) would reject the whole render — such images become a neutral tile instead, and the PNG
 * is still made.
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

export type RenderOptions = {
  /** Keep the unsent message (and the replies to it); the empty placeholder is never kept. */
  includeDraft?: boolean;
};

/**
 * The picture is made from a copy, off screen, so nothing on the page moves or flickers: in the copy, what the
 * picture leaves out is removed (`data-export="never"`, and `data-export="draft"` unless asked), and the screen
 * (`data-export-grow`) grows to hold the whole conversation instead of the part its scroll box
 * (`data-export-scroll`) shows — never shorter than on screen.
 */
function offscreenCopy(node: HTMLElement, { includeDraft = true }: RenderOptions) {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  Object.assign(host.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${node.getBoundingClientRect().width}px`,
    pointerEvents: 'none',
  });
  const copy = node.cloneNode(true) as HTMLElement;
  const leftOut = includeDraft ? '[data-export="never"]' : '[data-export="never"], [data-export="draft"]';
  copy.querySelectorAll(leftOut).forEach((element) => element.remove());
  host.append(copy);
  // Inside the page's root, so the page's styles (and its theme classes) apply to the copy as to the phone.
  (node.parentElement ?? document.body).append(host);
  const screens = [...node.querySelectorAll<HTMLElement>('[data-export-grow]')];
  copy.querySelectorAll<HTMLElement>('[data-export-grow]').forEach((screen, index) => {
    const height = screens[index]?.getBoundingClientRect().height ?? 0;
    screen.style.height = 'auto';
    screen.style.minHeight = `${height}px`;
  });
  copy.querySelectorAll<HTMLElement>('[data-export-scroll]').forEach((box) => {
    box.style.overflow = 'visible';
    box.style.flex = '1 0 auto';
  });
  return { copy, dispose: () => host.remove() };
}

export async function renderPng(node: HTMLElement, options: RenderOptions = {}): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const { copy, dispose } = offscreenCopy(node, options);
  let blob: Blob | null;
  try {
    blob = await toBlob(copy, {
      pixelRatio: EXPORT_PIXEL_RATIO,
      // The clone keeps the node's computed margins (a centred phone has some), which would shift it in the image.
      style: { margin: '0' },
      imagePlaceholder: MISSING_IMAGE,
      onImageErrorHandler: () => undefined,
    });
  } catch (error) {
    throw new ImageExportError('render', { cause: error });
  } finally {
    dispose();
  }
  if (blob === null || blob.size === 0) throw new ImageExportError('empty');
  return blob;
}
