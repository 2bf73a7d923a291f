import { Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RichTextEditor } from '@/features/publication';
import type { WorkReport } from '../api/types';
import { WORK_REPORT_FORMS } from './kinds';
import { CopiesField } from './CopiesField';
import { SECTIONS } from './sections';

/** The editable parts of a report, inside the editor's Form: title, form, copies, the three sections. */
export function WorkReportFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="title"
        label={t('report.field.title')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('report.editor.sectionRequired', { field: t('report.field.title') }),
          },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="form" label={t('report.field.form')}>
        <Radio.Group
          options={WORK_REPORT_FORMS.map((value) => ({ value, label: t(`report.form.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="copyOrganizationIds" label={t('report.field.copies')}>
        <CopiesField />
      </Form.Item>
      {SECTIONS.map((section) => (
        <Form.Item key={section} name={section} label={t(`report.field.${section}`)}>
          <RichTextEditor aria-label={t(`report.field.${section}`)} />
        </Form.Item>
      ))}
    </>
  );
}

/** The three sections as the server keeps them (sanitized HTML), for whoever may not edit. */
export function WorkReportSections({ report }: { report: WorkReport }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      {SECTIONS.map((section) => (
        <section key={section} data-testid={`section-${section}`}>
          <Typography.Title level={5}>{t(`report.field.${section}`)}</Typography.Title>
          {/* HTML the server sanitized with an allow-list, as publication bodies. */}
          <div className="publication-body" dangerouslySetInnerHTML={{ __html: report[section] ?? '' }} />
        </section>
      ))}
    </Flex>
  );
}
