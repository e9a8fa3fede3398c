/* The address part that holds a share link: read by the page at start and by the codec. */

export const SHARE_PARAMETER = 'scenario';

/** True when a fragment (with or without its `#`) holds a share link. */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(`${SHARE_PARAMETER}=`);
}
