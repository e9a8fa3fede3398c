/*
 * What a share link's fragment looks like, without its codec: the page checks every address it
 * opens with, and the codec (compression included) loads only when a link is made or opened.
 */

export { isShareFragment } from './share-parameter';

export type ShareLinkCodec = typeof import('./share-link');

let codec: ShareLinkCodec | null = null;

/** The share-link codec, loaded on first use. */
export async function loadShareLinkCodec(): Promise<ShareLinkCodec> {
  codec ??= await import('./share-link');
  return codec;
}

/** The codec if it has loaded already: for a handler that cannot wait (before printing). */
export function loadedShareLinkCodec(): ShareLinkCodec | null {
  return codec;
}
