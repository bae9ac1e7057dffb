/**
 * Pastes too long for an address travel in the tab's sessionStorage under a short random key, and the
 * address names the key (`?paste=`, README › URL contract). A reload or Back finds the paste again; a
 * link opened in another browser does not, and the page says so. Storage can be absent or full (private
 * modes, a 5 MB quota): then nothing is stored and the shareable part of the paste is all that travels.
 */
import { parsePasteKey } from '@/lib/routes';

const PREFIX = 'paste:';

export function storePaste(text: string): string | undefined {
  const key = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('');
  try {
    sessionStorage.setItem(PREFIX + key, text);
    return key;
  } catch {
    // Full: older pastes of this tab make room for the newest, which is the one on screen.
  }
  try {
    for (const k of Object.keys(sessionStorage)) if (k.startsWith(PREFIX)) sessionStorage.removeItem(k);
    sessionStorage.setItem(PREFIX + key, text);
    return key;
  } catch {
    return undefined;
  }
}

/** The stored paste, or null when this browser tab does not have it. */
export function loadPaste(raw: string | null | undefined): string | null {
  const key = parsePasteKey(raw);
  if (!key) return null;
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}
