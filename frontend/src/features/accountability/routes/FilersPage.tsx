import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import { PersonSelect } from '@/features/person';
import { fieldsNamed } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useFilers, useGrantFiler, useRemoveFiler } from '../api/filers';
import type { Filer } from '../api/types';
import { showAccountabilityProblem } from '../components/problems';
import '../locale';

interface GrantValues {
  organizationId: number;
  personId: number;
}

function GrantModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantValues>();
  const grant = useGrantFiler();
  const organizationId = Form.useWatch('organizationId', form);

  async function submit(values: GrantValues) {
    try {
      await grant.mutateAsync(values);
      void message.success(t('accountability.action.done'));
      onClose();
    } catch (error) {
      showAccountabilityProblem(error, message, form, fieldsNamed('organizationId', 'personId'));
    }
  }

  return (
    <FormModal<GrantValues>
      form={form}
      title={t('accountability.filers.add')}
      pending={grant.isPending}
      onCancel={onClose}
      onFinish={submit}
      name="grantFiler"
      testId="grant-form"
    >
      <Form.Item
        name="organizationId"
        label={t('accountability.filers.organization')}
        rules={[{ required: true, message: t('accountability.required.filingOrganization') }]}
      >
        <OrganizationSelect />
      </Form.Item>
      <Form.Item
        name="personId"
        label={t('accountability.filers.person')}
        rules={[{ required: true, message: t('accountability.required.person') }]}
      >
        <PersonSelect under={organizationId} />
      </Form.Item>
    </FormModal>
  );
}

/** 立案授权: who may file cases in the name of which organization; admins add and remove, auditors read. */
export default function FilersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const filers = useFilers();
  const remove = useRemoveFiler();
  const [adding, setAdding] = useState(false);

  if (filers.isError) return <QueryError error={filers.error} onRetry={() => void filers.refetch()} />;

  return (
    <Card
      title={t('accountability.filers.title')}
      extra={
        access.isAdmin && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('accountability.filers.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('accountability.filers.hint')}</Typography.Paragraph>
      <Table<Filer>
        data-testid="filers"
        rowKey="id"
        loading={filers.isFetching}
        dataSource={filers.data ?? []}
        pagination={false}
        locale={{ emptyText: t('accountability.filers.empty') }}
        columns={[
          { title: t('accountability.filers.organization'), dataIndex: 'organizationName' },
          { title: t('accountability.filers.person'), dataIndex: 'personName' },
          {
            title: t('accountability.filers.grantedAt'),
            key: 'at',
            render: (_, f) => formatDateTime(f.grantedAt),
          },
          {
            title: t('accountability.filers.grantedBy'),
            key: 'by',
            render: (_, f) => f.grantedByName ?? '—',
          },
          {
            key: 'actions',
            render: (_, filer) =>
              access.isAdmin && (
                <Popconfirm
                  title={t('accountability.filers.confirmRemove', {
                    name: filer.personName,
                    organization: filer.organizationName,
                  })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    remove
                      .mutateAsync(filer)
                      .catch((error: unknown) => showAccountabilityProblem(error, message))
                  }
                >
                  <Button size="small" danger>
                    {t('accountability.filers.remove')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {adding && <GrantModal onClose={() => setAdding(false)} />}
    </Card>
  );
}
