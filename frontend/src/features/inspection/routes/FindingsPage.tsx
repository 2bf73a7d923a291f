import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PagedListPage, useListParams } from '@/components/PagedListPage';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { formatDateTime } from '@/lib/format';
import { useFindings } from '../api/rectifications';
import { FINDING_SOURCES, type Finding, type FindingSource, type Severity } from '../api/types';
import { canWriteInspections } from '../components/access';
import { CreateRectificationModal, RaiseFindingModal } from '../components/FindingModals';
import { SeverityTag } from '../components/tags';
import '../locale';

/**
 * 问题整改: the findings (?under=&source=), raised here; each becomes a rectification.
 * `?raise=<orgId>&inspectionId=` (from an inspection's target) opens the raise form filled in.
 */
export default function FindingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const params = useListParams();
  const under = params.id('under');
  const source = params.oneOf<FindingSource>('source', FINDING_SOURCES);
  const raiseFor = params.id('raise');
  const fromInspection = params.id('inspectionId');
  const findings = useFindings({ under, source, page: params.page, size: params.size });
  const [raising, setRaising] = useState(false);
  const [rectifying, setRectifying] = useState<Finding>();
  const writes = canWriteInspections(access);

  const closeRaise = () => {
    setRaising(false);
    if (raiseFor) params.update({ raise: null, inspectionId: null });
  };

  return (
    <>
      <PagedListPage<Finding>
        title={t('inspection.finding.listTitle')}
        testId="finding-list"
        list={findings}
        page={params.page}
        onPage={(next) => params.update({ page: next })}
        emptyText={t('inspection.finding.empty')}
        extra={
          <Space wrap>
            <Link to="/rectifications">
              <Button>{t('inspection.ledger.title')}</Button>
            </Link>
            {writes && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRaising(true)}>
                {t('inspection.finding.raise')}
              </Button>
            )}
          </Space>
        }
        filters={
          <>
            <OrganizationSelect
              aria-label={t('inspection.ledger.under')}
              placeholder={t('inspection.ledger.under')}
              value={under}
              onChange={(id) => params.update({ under: id ?? null })}
              style={{ width: 240 }}
            />
            <Select<FindingSource>
              aria-label={t('inspection.finding.source')}
              placeholder={t('inspection.finding.source')}
              allowClear
              value={source}
              style={{ width: 140 }}
              onChange={(value) => params.update({ source: value ?? null })}
              options={FINDING_SOURCES.map((value) => ({ value, label: t(`inspection.source.${value}`) }))}
            />
          </>
        }
        columns={[
          { title: t('inspection.finding.target'), dataIndex: 'targetOrganizationName' },
          {
            title: t('inspection.finding.description'),
            dataIndex: 'description',
            render: (text: string) => <span data-testid="finding-description">{text}</span>,
          },
          {
            title: t('inspection.finding.severity'),
            dataIndex: 'severity',
            render: (severity: Severity) => <SeverityTag severity={severity} />,
          },
          {
            title: t('inspection.finding.source'),
            key: 'source',
            render: (_, finding) =>
              finding.inspectionId ? (
                <Link to={`/inspections/${finding.inspectionId}`}>
                  {t(`inspection.source.${finding.source}`)}
                  {finding.itemCode ? ` · ${finding.itemCode}` : ''}
                </Link>
              ) : (
                t(`inspection.source.${finding.source}`)
              ),
          },
          { title: t('inspection.finding.raising'), dataIndex: 'raisingOrganizationName' },
          {
            title: t('inspection.field.createdAt'),
            dataIndex: 'createdAt',
            render: (value: string) => formatDateTime(value),
          },
          {
            title: t('inspection.finding.rectification'),
            key: 'rectification',
            render: (_, finding) =>
              finding.rectificationId ? (
                <Link to={`/rectifications/${finding.rectificationId}`} data-testid="rectification-link">
                  {t('inspection.finding.viewRectification')}
                </Link>
              ) : writes ? (
                <Button
                  size="small"
                  data-testid="create-rectification"
                  onClick={() => setRectifying(finding)}
                >
                  {t('inspection.rectification.create')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {(raising || !!raiseFor) && writes && (
        <RaiseFindingModal
          initial={
            raiseFor
              ? { targetOrganizationId: raiseFor, source: 'INSPECTION', inspectionId: fromInspection ?? null }
              : undefined
          }
          onClose={closeRaise}
          onRaised={(finding) => {
            closeRaise();
            setRectifying(finding);
          }}
        />
      )}
      {rectifying && (
        <CreateRectificationModal
          finding={rectifying}
          onClose={() => setRectifying(undefined)}
          onCreated={(rectification) => navigate(`/rectifications/${rectification.id}`)}
        />
      )}
    </>
  );
}
