import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/features/organization';
import { PersonSelect, type PersonOption } from '@/features/person';
import {
  LEADING_GROUP_POSITIONS as POSITIONS,
  type LeadingGroup,
  type LeadingGroupPosition,
  type Organization,
} from '@/lib/api-types';
import { fieldsNamed, showProblem } from '@/lib/form-errors';
import { usePutLeadingGroup } from '../api/put-leading-group';
import { groupTitle } from './LeadingGroupDocument';

interface MemberRow {
  personId?: number;
  position: LeadingGroupPosition;
  postText?: string | null;
}

interface Values {
  name: string;
  officeDepartmentId?: number | null;
  officeDirectorId?: number | null;
  members: MemberRow[];
}

interface Props {
  organization: Organization;
  group: LeadingGroup;
  onSaved: (group: LeadingGroup) => void;
  onCancel: () => void;
}

export function LeadingGroupForm({ organization, group, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = usePutLeadingGroup();
  const knownPeople = new Map<number, PersonOption>(
    group.members.map((m) => [m.personId, { id: m.personId, name: m.personName }]),
  );
  if (group.officeDirector) knownPeople.set(group.officeDirector.id, group.officeDirector);

  async function submit(values: Values) {
    try {
      const saved = await save.mutateAsync({
        organizationId: organization.id,
        body: {
          version: group.configured ? (group.version ?? undefined) : undefined,
          name: values.name.trim(),
          officeDepartmentId: values.officeDepartmentId ?? undefined,
          officeDirectorId: values.officeDirectorId ?? undefined,
          members: (values.members ?? []).map((row, index) => ({
            personId: row.personId!,
            position: row.position,
            postText: row.postText?.trim() || undefined,
            sortOrder: index + 1,
          })),
        },
      });
      void message.success(t('leadingGroup.form.saved'));
      onSaved(saved);
    } catch (error) {
      showProblem(
        error,
        message,
        form,
        fieldsNamed('name', 'officeDepartmentId', 'officeDirectorId', 'members'),
      );
    }
  }

  const required = (field: string) => [
    { required: true, message: t('leadingGroup.form.required', { field: t(field) }) },
  ];

  return (
    <Form<Values>
      form={form}
      name="leading-group"
      layout="vertical"
      onFinish={submit}
      initialValues={{
        name: groupTitle(group, organization.name, t),
        officeDepartmentId: group.officeDepartment?.id ?? null,
        officeDirectorId: group.officeDirector?.id ?? null,
        members: [...group.members]
          .sort(
            (a, b) =>
              POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position) || a.sortOrder - b.sortOrder,
          )
          .map((m) => ({ personId: m.personId, position: m.position, postText: m.postText })),
      }}
    >
      <Form.Item name="name" label={t('leadingGroup.field.name')} rules={required('leadingGroup.field.name')}>
        <Input />
      </Form.Item>
      <Form.Item label={t('leadingGroup.field.members')} required>
        <Form.List name="members">
          {(fields, { add, remove, move }, { errors }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap data-testid="leading-group-row">
                  <Form.Item
                    name={[field.name, 'position']}
                    label={t('leadingGroup.field.position')}
                    style={{ marginBottom: 0 }}
                  >
                    <Select
                      style={{ width: 110 }}
                      options={POSITIONS.map((p) => ({ value: p, label: t(`leadingGroup.position.${p}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'personId']}
                    label={t('leadingGroup.field.person')}
                    rules={required('leadingGroup.field.person')}
                    style={{ marginBottom: 0 }}
                  >
                    <PersonSelect
                      style={{ width: 280 }}
                      allowClear={false}
                      initialOption={knownPeople.get(form.getFieldValue(['members', field.name, 'personId']))}
                      onChange={(_id, person) => {
                        const post = form.getFieldValue(['members', field.name, 'postText']);
                        if (person?.post && !post)
                          form.setFieldValue(['members', field.name, 'postText'], person.post);
                      }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'postText']}
                    label={t('leadingGroup.field.postText')}
                    style={{ flex: 1, minWidth: 220, marginBottom: 0 }}
                  >
                    <Input />
                  </Form.Item>
                  <Flex gap={4} style={{ marginTop: 30 }}>
                    <Button
                      aria-label={t('common.moveUp')}
                      icon={<ArrowUpOutlined aria-hidden />}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    />
                    <Button
                      aria-label={t('common.moveDown')}
                      icon={<ArrowDownOutlined aria-hidden />}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    />
                    <Button
                      aria-label={t('common.remove')}
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined aria-hidden />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() =>
                  add({ position: fields.length === 0 ? 'LEADER' : 'MEMBER' } satisfies MemberRow)
                }
              >
                {t('leadingGroup.form.addMember')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="officeDepartmentId"
          label={t('leadingGroup.officeDepartment')}
          style={{ minWidth: 280 }}
        >
          <OrganizationSelect under={organization.id} initialOption={group.officeDepartment} />
        </Form.Item>
        <Form.Item name="officeDirectorId" label={t('leadingGroup.officeDirector')} style={{ minWidth: 240 }}>
          <PersonSelect initialOption={group.officeDirector} />
        </Form.Item>
      </Flex>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
