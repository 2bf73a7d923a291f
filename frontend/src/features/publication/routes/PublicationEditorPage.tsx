import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { ChannelSelect } from '@/features/channel';
import { useMe } from '@/features/me';
import { OrganizationSelect } from '@/features/organization';
import type { Publication } from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { ApiProblem } from '@/lib/problem';
import { useCreatePublication } from '../api/create-publication';
import { usePublication } from '../api/get-publication';
import { useUpdatePublication } from '../api/update-publication';
import { PublicationAttachments } from '../components/PublicationAttachments';
import { RichTextEditor } from '../components/RichTextEditor';
import { usePublicationIdParam } from './params';
import { withNote } from '@/lib/punctuation';

interface Values {
  organizationId?: number;
  channelId?: number;
  title: string;
  summary?: string;
  body: string;
  plannedPublishAt?: Dayjs | null;
}

/** True when the HTML shows nothing but whitespace (an empty editor still holds tags). */
function isBlankHtml(html: string | undefined): boolean {
  if (!html) return true;
  const text = html
    .replace(/<(img|video|table)\b/gi, 'x<')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ');
  return text.trim() === '';
}

function EditorForm({ publication }: { publication?: Publication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreatePublication();
  const update = useUpdatePublication();
  const defaultOrganization = me?.scope.find((entry) => entry.role === 'STAFF')?.organizationId;
  const [organizationId, setOrganizationId] = useState<number | undefined>(defaultOrganization);
  const activeApprovals = publication?.approvals.filter((approval) => !approval.voidedAt).length ?? 0;
  const known = fieldsNamed('channelId', 'title', 'summary', 'body', 'plannedPublishAt');

  // Which button is working: 保存 or 保存并提交审核 (one request; the server saves and submits together or not at all).
  const [pending, setPending] = useState<'save' | 'submit' | null>(null);

  async function save(values: Values, submit = false) {
    const common = {
      title: values.title.trim(),
      ...(values.summary?.trim() ? { summary: values.summary.trim() } : {}),
      body: values.body,
      ...(values.plannedPublishAt ? { plannedPublishAt: values.plannedPublishAt.toISOString() } : {}),
    };
    setPending(submit ? 'submit' : 'save');
    try {
      const saved = publication
        ? await update.mutateAsync({
            id: publication.id,
            body: { version: publication.version, ...common },
            submit,
          })
        : await create.mutateAsync({ body: { channelId: values.channelId!, ...common }, submit });
      void message.success(
        t(submit ? 'publication.editor.savedAndSubmitted' : 'publication.editor.saved', {
          number: saved.revisionNumber,
        }),
      );
      navigate(publication || submit ? `/publications/${saved.id}` : `/publications/${saved.id}/edit`);
    } catch (error) {
      showProblem(error, message, form, known);
    } finally {
      setPending(null);
    }
  }

  function saveAndSubmit() {
    // An invalid form shows its field errors and sends nothing.
    form.validateFields().then(
      (values) => save(values, true),
      () => undefined,
    );
  }

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          publication
            ? t('publication.editor.editTitle', { title: publication.title })
            : t('publication.editor.newTitle')
        }
        extra={
          publication && (
            <Link to={`/publications/${publication.id}`}>{t('publication.editor.backToItem')}</Link>
          )
        }
      >
        {activeApprovals > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('publication.editor.voidsApprovals', { count: activeApprovals })}
          />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          name="publication"
          data-testid="publication-form"
          initialValues={{
            organizationId: defaultOrganization,
            title: publication?.title ?? '',
            summary: publication?.summary ?? '',
            body: publication?.body ?? '',
            plannedPublishAt: publication?.plannedPublishAt ? dayjs(publication.plannedPublishAt) : null,
          }}
          onFinish={(values) => void save(values)}
        >
          {publication ? (
            <Form.Item label={t('publication.field.channel')}>
              <Typography.Text>
                {withNote(t, publication.channel.name, publication.organization.name)}
              </Typography.Text>
            </Form.Item>
          ) : (
            <Space wrap align="start" size={16}>
              <Form.Item name="organizationId" label={t('publication.field.organization')}>
                <OrganizationSelect
                  style={{ width: 260 }}
                  onChange={(id) => {
                    setOrganizationId(id);
                    form.setFieldValue('channelId', undefined);
                  }}
                />
              </Form.Item>
              <Form.Item
                name="channelId"
                label={t('publication.field.channel')}
                rules={[
                  {
                    required: true,
                    message: t('publication.editor.required', { field: t('publication.field.channel') }),
                  },
                ]}
              >
                {organizationId ? (
                  <ChannelSelect organizationId={organizationId} style={{ width: 260 }} />
                ) : (
                  <Input
                    disabled
                    style={{ width: 260 }}
                    placeholder={t('publication.editor.pickOrganizationFirst')}
                  />
                )}
              </Form.Item>
            </Space>
          )}
          <Form.Item
            name="title"
            label={t('publication.field.title')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('publication.editor.required', { field: t('publication.field.title') }),
              },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="summary" label={t('publication.field.summary')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item
            name="body"
            label={t('publication.field.body')}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  isBlankHtml(value)
                    ? Promise.reject(
                        new Error(t('publication.editor.required', { field: t('publication.field.body') })),
                      )
                    : Promise.resolve(),
              },
            ]}
          >
            <RichTextEditor aria-label={t('publication.field.body')} />
          </Form.Item>
          <Form.Item name="plannedPublishAt" label={t('publication.field.plannedPublishAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={t('common.format.dateTime')} />
          </Form.Item>
          <Space wrap>
            <Button htmlType="submit" loading={pending === 'save'} disabled={pending === 'submit'}>
              {t('common.save')}
            </Button>
            <Button
              type="primary"
              icon={<SendOutlined aria-hidden />}
              data-testid="save-and-submit"
              loading={pending === 'submit'}
              disabled={pending === 'save'}
              onClick={saveAndSubmit}
            >
              {t('publication.editor.saveAndSubmit')}
            </Button>
            <Button
              onClick={() => navigate(publication ? `/publications/${publication.id}` : '/publications')}
            >
              {t('common.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
      <Card title={t('publication.attachment.title')}>
        {publication ? (
          <PublicationAttachments
            publication={publication}
            editable={publication.allowedActions.includes('attach')}
          />
        ) : (
          <Typography.Text type="secondary">{t('publication.attachment.saveFirst')}</Typography.Text>
        )}
      </Card>
    </Flex>
  );
}

export function NewPublicationPage() {
  return <EditorForm />;
}

export default function EditPublicationPage() {
  const { t } = useTranslation();
  const id = usePublicationIdParam();
  const publication = usePublication(id);
  if (id === undefined) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (publication.isError)
    return <QueryError error={publication.error} onRetry={() => void publication.refetch()} />;
  if (publication.isPending) return <PageSpin />;
  if (!publication.data.allowedActions.includes('edit')) {
    return (
      <Alert
        type="warning"
        showIcon
        message={t('publication.editor.notEditable')}
        action={<Link to={`/publications/${id}`}>{t('publication.editor.backToItem')}</Link>}
      />
    );
  }
  return <EditorForm key={publication.data.id} publication={publication.data} />;
}
