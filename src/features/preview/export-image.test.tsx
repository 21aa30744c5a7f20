import { screen, waitFor } from '@testing-library/react';
import { toBlob } from 'html-to-image';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInEnglish } from '../../test/render.tsx';
import { ExportImage, previewFilename } from './export-image.tsx';

vi.mock('html-to-image', () => ({ toBlob: vi.fn() }));

const PNG = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });

class FakeClipboardItem {
  readonly items: Record<string, Promise<Blob> | Blob>;
  constructor(items: Record<string, Promise<Blob> | Blob>) {
    this.items = items;
  }
}

describe('ExportImage', () => {
  let phone: HTMLElement;
  let downloads: { blob: Blob; name: string }[];

  beforeEach(() => {
    phone = document.createElement('div');
    document.body.append(phone);
    downloads = [];
    let pending: Blob | null = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      pending = blob;
      return 'blob:phone';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (pending) downloads.push({ blob: pending, name: this.download });
    });
    vi.mocked(toBlob).mockReset();
  });

  afterEach(() => {
    phone.remove();
    vi.unstubAllGlobals();
  });

  it('downloads the phone as a PNG at twice its size, named after the kind and the time', async () => {
    vi.mocked(toBlob).mockResolvedValue(PNG);
    const { user } = renderInEnglish(<ExportImage getNode={() => phone} kind="location_request" />);
    await user.click(screen.getByRole('button', { name: 'Download image' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(toBlob).toHaveBeenCalledWith(phone, expect.objectContaining({ pixelRatio: 2 }));
    expect(downloads[0]?.blob).toBe(PNG);
    expect(downloads[0]?.name).toMatch(/^digishare-preview-location-request-\d{8}-\d{4}\.png$/);
    expect(screen.getByRole('status')).toHaveTextContent(/Image saved: digishare-preview-.*\.png/);
  });

  it('says so when the image cannot be made, without throwing', async () => {
    vi.mocked(toBlob).mockRejectedValue(new Error('tainted canvas'));
    const { user } = renderInEnglish(<ExportImage getNode={() => phone} kind="text" />);
    await user.click(screen.getByRole('button', { name: 'Download image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The image could not be made.');
    expect(downloads).toEqual([]);
  });

  it('says so when the phone is not on the page', async () => {
    const { user } = renderInEnglish(<ExportImage getNode={() => null} />);
    await user.click(screen.getByRole('button', { name: 'Download image' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The phone preview is not on the page');
    expect(toBlob).not.toHaveBeenCalled();
  });

  it('explains why "Copy image" is off where the browser cannot copy images', () => {
    vi.stubGlobal('ClipboardItem', undefined);
    renderInEnglish(<ExportImage getNode={() => phone} />);
    const copy = screen.getByRole('button', { name: 'Copy image' });
    expect(copy).toBeDisabled();
    expect(copy).toHaveAccessibleDescription('This browser cannot copy images: use “Download image”.');
  });

  it('copies the PNG where the browser allows it, and reports a refusal', async () => {
    vi.mocked(toBlob).mockResolvedValue(PNG);
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const { user } = renderInEnglish(<ExportImage getNode={() => phone} />);
    // After user-event's setup, which installs its own clipboard.
    const write = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(await screen.findByText('Image copied to the clipboard.')).toBeInTheDocument();
    const [[item]] = write.mock.calls[0] as [[FakeClipboardItem]];
    await expect(item.items['image/png']).resolves.toBe(PNG);

    write.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser refused to copy the image.');
  });

  it('names files with the local date and time', () => {
    expect(previewFilename('button', new Date(2026, 2, 4, 9, 5))).toBe(
      'digishare-preview-button-20260304-0905.png',
    );
    expect(previewFilename(undefined, new Date(2026, 11, 31, 23, 59))).toBe(
      'digishare-preview-message-20261231-2359.png',
    );
  });
});
