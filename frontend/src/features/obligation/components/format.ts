/** A file size as people read it: 812 B, 14.2 KB, 3.1 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** People's names in a list, as the ledger writes them (王建国、李明华; in English "Wang, Li"), or "—". */
export function names(people: { name: string }[] | null | undefined, separator = '、'): string {
  return people && people.length > 0 ? people.map((person) => person.name).join(separator) : '—';
}
