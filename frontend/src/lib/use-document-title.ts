import { useEffect } from 'react';

/** Sets the browser tab's title while the page is shown (print dialogs use it as the file name). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
