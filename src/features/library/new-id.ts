/** A unique id for a stored entry. `crypto.randomUUID` exists only in secure contexts; a LAN address over http is not one. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
