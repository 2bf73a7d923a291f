import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkReports, type WorkReport } from '../api/queries';
import { Block } from './Block';

const SHOWN = 5;
type Waiting = 'toSignOff' | 'toAcknowledge' | 'returned';
const COLORS: Record<Waiting, string> = { toSignOff: 'purple', toAcknowledge: 'blue', returned: 'red' };

/** 工作报告: reports waiting for me to sign off, to acknowledge, or sent back to my organizations. */
export function WorkReportsBlock() {
  const { t } = useTranslation();
  const reports = useWorkReports(true);
  const line = (report: WorkReport, waiting: Waiting) => ({
    key: `${waiting}-${report.id}`,
    title: <Link to={`/work-reports/${report.id}`}>{report.title}</Link>,
    detail: `${report.organizationName} → ${report.recipientOrganizationName}`,
    extra: <Tag color={COLORS[waiting]}>{t(`home.workReports.${waiting}`)}</Tag>,
  });
  const data = reports.data;
  const lines = data
    ? (['toSignOff', 'toAcknowledge', 'returned'] as const).flatMap((waiting) =>
        data[waiting].map((report) => line(report, waiting)),
      )
    : [];
  return (
    <Block
      id="work-reports"
      title={t('home.workReports.title')}
      to="/work-reports"
      loading={reports.isPending}
      error={reports.error}
      onRetry={() => void reports.refetch()}
      count={lines.length}
      empty={t('home.workReports.empty')}
      lines={lines.slice(0, SHOWN)}
    />
  );
}
