import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/use-document-title';
import { PageSpin } from './PageSpin';
import { QueryError } from './QueryError';
import './PrintLayout.css';

interface Props {
  /** The record's id from the address; undefined when the address names none (404). */
  id: number | undefined;
  /** What the sheet shows; it is drawn once all of them have loaded. */
  queries: UseQueryResult[];
  /** The tab's title, which print dialogs use as the file name ('' while loading). */
  title: string;
  /** The heading on the sheet; the title when not given. */
  heading?: string;
  testId: string;
  sheetClassName?: string;
  /** The sheet's body, called once the queries have their data. */
  children: () => ReactNode;
}

/** A document alone on an A4 sheet, as offices file it: no menus, a print button hidden in print. */
export function PrintLayout({ id, queries, title, heading, testId, sheetClassName, children }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(title);

  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  const failed = queries.find((query) => query.isError);
  if (failed) return <QueryError error={failed.error} />;
  if (queries.some((query) => query.isPending)) return <PageSpin />;

  return (
    <div className="print-page" data-testid={testId}>
      <div className="print-page__toolbar">
        <button type="button" onClick={() => window.print()}>
          {t('common.print')}
        </button>
      </div>
      <article className={sheetClassName ? `print-page__sheet ${sheetClassName}` : 'print-page__sheet'}>
        <h1 className="print-page__title">{heading ?? title}</h1>
        {children()}
      </article>
    </div>
  );
}
