import { PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { ApiProblem } from '@/lib/problem';
import { useInspection, useSaveScores, useTargetRecord, useTargetScores } from '../api/inspections';
import { useTemplate } from '../api/templates';
import type { Inspection, ScoreSheet, ScoringTemplate, TargetRecord } from '../api/types';
import { canWriteInspections } from '../components/access';
import { liveScore } from '../components/grade';
import { scoresBody, scoreValuesOf, type ScoreValues } from '../components/payloads';
import { showInspectionProblem } from '../components/problems';
import { inspectionActions } from '../components/status';
import { GradeTag } from '../components/tags';
import { RuleCompliance, TargetRecordCard } from '../components/TargetRecordCard';
import '../locale';

interface SheetProps {
  inspection: Inspection;
  orgId: number;
  scores: ScoreSheet;
  template?: ScoringTemplate;
  record?: TargetRecord;
  recordLoading: boolean;
}

function Sheet({ inspection, orgId, scores, template, record, recordLoading }: SheetProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const [form] = Form.useForm<ScoreValues>();
  const save = useSaveScores(inspection.id, orgId);
  const editable = inspectionActions(inspection, canWriteInspections(access)).score;
  const watched = Form.useWatch('items', form);
  const values = watched ?? scoreValuesOf(scores.items).items;
  const live = liveScore(
    scores.items.map((item, index) => ({
      maxPoints: item.maxPoints,
      veto: item.veto,
      points: values[index]?.points,
      passed: item.veto ? values[index]?.passed : null,
    })),
    template?.grades ?? [],
  );
  const vetoCodes = scores.items.filter((item) => item.veto).map((item) => item.code);

  async function onFinish(next: ScoreValues) {
    try {
      await save.mutateAsync(scoresBody(scores.version, next, vetoCodes));
      void message.success(t('inspection.scoring.saved'));
    } catch (error) {
      showInspectionProblem(error, message, form);
    }
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Card
          title={t('inspection.scoring.items')}
          data-testid="score-sheet"
          extra={
            <Space>
              <Statistic
                value={live.total}
                suffix={t('inspection.scoring.points')}
                styles={{ content: { fontSize: 18 } }}
              />
              <span data-testid="live-total" data-total={live.total} hidden />
              <GradeTag grade={live.grade ?? scores.grade} testId="live-grade" />
            </Space>
          }
        >
          {!editable && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={
                inspection.status === 'CONCLUDED'
                  ? t('inspection.scoring.locked')
                  : t('inspection.scoring.notOpen')
              }
            />
          )}
          {live.vetoFailed && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="veto-alert"
              title={t('inspection.scoring.vetoFailed')}
            />
          )}
          <Form<ScoreValues>
            form={form}
            name="scores"
            data-testid="score-form"
            disabled={!editable}
            initialValues={scoreValuesOf(scores.items)}
            onFinish={onFinish}
          >
            <Flex vertical gap={12}>
              {scores.items.map((item, index) => (
                <Card key={item.code} size="small" data-testid="score-item" data-code={item.code}>
                  <Flex vertical gap={6}>
                    <Space wrap>
                      <Typography.Text strong>{item.code}</Typography.Text>
                      <span>{item.text}</span>
                      <Tag>{t('inspection.scoring.max', { max: item.maxPoints })}</Tag>
                      {item.veto && <Tag color="red">{t('inspection.item.vetoTag')}</Tag>}
                    </Space>
                    <RuleCompliance record={record} ruleId={item.obligationRuleId} />
                    <Form.Item name={['items', index, 'code']} hidden>
                      <Input />
                    </Form.Item>
                    <Space wrap align="start">
                      <Form.Item
                        name={['items', index, 'points']}
                        style={{ marginBottom: 0 }}
                        rules={[
                          {
                            type: 'number',
                            min: 0,
                            max: item.maxPoints,
                            message: t('inspection.scoring.range', { max: item.maxPoints }),
                          },
                        ]}
                      >
                        <InputNumber
                          aria-label={t('inspection.scoring.pointsOf', { code: item.code })}
                          min={0}
                          max={item.maxPoints}
                          step={0.5}
                          placeholder={t('inspection.scoring.points')}
                        />
                      </Form.Item>
                      {item.veto && (
                        <Form.Item
                          name={['items', index, 'passed']}
                          valuePropName="checked"
                          style={{ marginBottom: 0 }}
                        >
                          <Switch
                            aria-label={t('inspection.scoring.passedOf', { code: item.code })}
                            checkedChildren={t('inspection.scoring.passed')}
                            unCheckedChildren={t('inspection.scoring.failed')}
                          />
                        </Form.Item>
                      )}
                      <Form.Item name={['items', index, 'note']} style={{ marginBottom: 0, minWidth: 280 }}>
                        <Input.TextArea
                          aria-label={t('inspection.scoring.noteOf', { code: item.code })}
                          placeholder={t('inspection.scoring.note')}
                          autoSize={{ minRows: 1, maxRows: 4 }}
                        />
                      </Form.Item>
                    </Space>
                  </Flex>
                </Card>
              ))}
            </Flex>
            {live.missing > 0 && (
              <Typography.Text type="secondary" data-testid="missing-items">
                {t('inspection.scoring.missing', { count: live.missing })}
              </Typography.Text>
            )}
            {editable && (
              <Flex justify="end" style={{ marginTop: 12 }}>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('inspection.scoring.save')}
                </Button>
              </Flex>
            )}
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <TargetRecordCard record={record} loading={recordLoading} />
      </Col>
    </Row>
  );
}

/** 评分: one target's items with points, passed and a note, beside its record for the period; total and grade live. */
export default function ScoringPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const id = Number(params.id) || undefined;
  const orgId = Number(params.orgId) || undefined;
  const inspection = useInspection(id);
  const scores = useTargetScores(id, orgId);
  const record = useTargetRecord(id, orgId);
  const template = useTemplate(inspection.data?.templateId);
  if (id === undefined || orgId === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (inspection.isError)
    return <QueryError error={inspection.error} onRetry={() => void inspection.refetch()} />;
  if (scores.isError) return <QueryError error={scores.error} onRetry={() => void scores.refetch()} />;
  if (inspection.isPending || scores.isPending) return <PageSpin />;
  const target = inspection.data.targets.find((entry) => entry.organizationId === orgId);

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Space wrap>
          <Link to={`/inspections/${id}`}>{inspection.data.title}</Link>
          <Select<number>
            aria-label={t('inspection.results.target')}
            value={orgId}
            style={{ width: 240 }}
            data-testid="target-switch"
            onChange={(next) => navigate(`/inspections/${id}/targets/${next}`)}
            options={inspection.data.targets.map((entry) => ({
              value: entry.organizationId,
              label: entry.organizationName,
            }))}
          />
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="scoring-target">
            {target?.organizationName ?? `#${orgId}`}
          </Typography.Title>
          <Link to={`/inspections/${id}/targets/${orgId}/print`} target="_blank">
            <Button icon={<PrinterOutlined aria-hidden />}>{t('inspection.detail.printSheet')}</Button>
          </Link>
        </Space>
      </Card>
      <Sheet
        key={`${orgId}-${scores.dataUpdatedAt}`}
        inspection={inspection.data}
        orgId={orgId}
        scores={scores.data}
        template={template.data}
        record={record.data}
        recordLoading={record.isPending}
      />
    </Flex>
  );
}
