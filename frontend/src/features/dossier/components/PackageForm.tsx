import { FileZipOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/features/organization';
import { fromApiDate, toApiDate, todayApiDate } from '@/lib/dates';
import { fieldsNamed } from '@/lib/form-errors';
import { useCreatePackage } from '../api/packages';
import { PACKAGE_PARTS, type InspectionPackage, type PackagePart } from '../api/types';
import { choiceOf, createPackageBody, defaultPeriod, periodChoices } from './payload';
import { showPackageProblem } from './problems';

interface FormFields {
  organizationId?: number;
  period?: [Dayjs, Dayjs];
  subtree: boolean;
  parts: PackagePart[];
}

/** The server names `from`/`to` (edited in one range picker) and `parts[i]` (the checkbox group). */
const ALIASES = { from: 'period', to: 'period', parts: 'parts' };

/** 生成迎检材料包: organization, period (quick choices or any range), 含下级, parts → POST; the job runs in the background. */
export function PackageForm({
  organizationId,
  onCreated,
}: {
  organizationId?: number;
  onCreated?: (pkg: InspectionPackage) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormFields>();
  const create = useCreatePackage();
  const today = todayApiDate();
  const start = defaultPeriod(today);
  const period = Form.useWatch('period', form);
  const picked = period ? choiceOf(toApiDate(period[0]), toApiDate(period[1]), today) : undefined;

  async function submit(values: FormFields) {
    const [from, to] = values.period!;
    try {
      const pkg = await create.mutateAsync(
        createPackageBody({
          organizationId: values.organizationId,
          from: toApiDate(from),
          to: toApiDate(to),
          subtree: values.subtree,
          parts: values.parts,
        }),
      );
      void message.success(t('dossier.form.queued', { name: pkg.organizationName }));
      onCreated?.(pkg);
    } catch (error) {
      showPackageProblem(error, message, form, fieldsNamed('organizationId', 'period', 'parts'), ALIASES);
    }
  }

  return (
    <Form<FormFields>
      form={form}
      layout="vertical"
      data-testid="package-form"
      onFinish={(values) => void submit(values)}
      initialValues={{
        organizationId,
        period: [fromApiDate(start.from)!, fromApiDate(start.to)!],
        subtree: true,
        parts: PACKAGE_PARTS,
      }}
      style={{ maxWidth: 760 }}
    >
      <Form.Item
        name="organizationId"
        label={t('dossier.field.organization')}
        rules={[{ required: true, message: t('dossier.form.organizationRequired') }]}
      >
        <OrganizationSelect allowClear={false} style={{ maxWidth: 420 }} />
      </Form.Item>
      <Form.Item label={t('dossier.field.quickPeriod')}>
        <Radio.Group
          optionType="button"
          data-testid="period-choices"
          value={picked?.key}
          onChange={(event) => {
            const next = periodChoices(today).find((option) => option.key === event.target.value);
            if (next) form.setFieldValue('period', [fromApiDate(next.from)!, fromApiDate(next.to)!]);
          }}
          options={periodChoices(today).map((option) => ({
            value: option.key,
            label: t(`dossier.period.${option.half ?? 'year'}`, { year: option.year }),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="period"
        label={t('dossier.field.period')}
        rules={[{ required: true, message: t('dossier.form.periodRequired') }]}
      >
        <DatePicker.RangePicker
          allowClear={false}
          aria-label={t('dossier.field.period')}
          placeholder={[t('dossier.field.from'), t('dossier.field.to')]}
        />
      </Form.Item>
      <Form.Item name="subtree" valuePropName="checked">
        <Checkbox>{t('dossier.field.subtree')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="parts"
        label={t('dossier.field.parts')}
        rules={[{ required: true, type: 'array', min: 1, message: t('dossier.form.partsRequired') }]}
      >
        <Checkbox.Group
          options={PACKAGE_PARTS.map((part) => ({ value: part, label: t(`dossier.part.${part}`) }))}
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<FileZipOutlined aria-hidden />}
        loading={create.isPending}
      >
        {t('dossier.form.submit')}
      </Button>
    </Form>
  );
}
