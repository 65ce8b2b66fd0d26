/**
 * What a share link's fragment starts with: "f" + format version + ".". Its
 * own small module so the page can tell a share link from any other address
 * without loading the codec (share-link.ts, with inflate and restore), which
 * is fetched only when a link is shown or made.
 */
export const SHARE_FORMAT_VERSION = 1;
export const SHARE_PREFIX = `f${SHARE_FORMAT_VERSION}.`;
export const VERSIONED_PREFIX = /^f(\d{1,6})\./;

/** Whether a fragment looks like ours at all (any version), so the app knows to try decoding it. */
export function isShareFragment(fragment: string): boolean {
  return VERSIONED_PREFIX.test(fragment.replace(/^#/, ''));
}
