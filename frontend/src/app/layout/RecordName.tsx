import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Wraps a record's crumb (the record's name, loaded by the crumb itself) and reports its text whenever it
 * changes, so the tab can be titled with it. A placeholder ("#7", shown while the record loads) is no name.
 */
export function RecordName({
  children,
  onName,
}: {
  children: ReactNode;
  onName: (name: string | undefined) => void;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const report = useRef(onName);
  report.current = onName;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let last: string | undefined;
    const read = () => {
      const text = element.textContent?.trim() || undefined;
      const name = text && !/^#\d+$/.test(text) ? text : undefined;
      if (name !== last) report.current(name);
      last = name;
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    return () => {
      observer.disconnect();
      report.current(undefined);
    };
  }, []);
  return <span ref={ref}>{children}</span>;
}
