// The organization the user looked at last, so `/` and the project page's switcher open there.
// Storage may be unavailable (private mode, blocked): then nothing is remembered.
const KEY = 'headroom:lastOrganization';

export function readLastOrganization(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function writeLastOrganization(id: string): void {
  try {
    window.localStorage.setItem(KEY, id);
  } catch {
    // Not remembering is fine.
  }
}
