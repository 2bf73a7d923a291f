import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Wraps a record's crumb (the record's name, loaded by the crumb itself) and reports its text whenever it
 * changes, so the tab can be titled with it. A placeholder ("#7", shown while the record loads) is no name.
 */
export function RecordName({
  recordKey,
  onName,
  children,
}: {
  /** Which record the crumb shows: reported with its name. */
  recordKey: string;
  /** Stable (made once): the crumb reports to it while it is shown. */
  onName: (key: string, name: string | undefined) => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last: string | undefined;
    const read = () => {
      const text = element.textContent?.trim() || undefined;
      const name = text && !/^#\d+$/.test(text) ? text : undefined;
      if (name !== last) onName(recordKey, name);
      last = name;
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    return () => {
      observer.disconnect();
      onName(recordKey, undefined);
    };
  }, [recordKey, onName]);
  return <span ref={ref}>{children}</span>;
}
