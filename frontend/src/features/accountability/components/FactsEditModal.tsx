import { App, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/FormModal';
import { fieldsNamed } from '@/lib/form-errors';
import { useEditCase } from '../api/cases';
import type { AccountabilityCase } from '../api/types';
import { FactsFields } from './FactsFields';
import { FACT_FIELDS, editCasePayload, factsDefaults, type FactsValues } from './payloads';
import { showAccountabilityProblem } from './problems';

/** The filer corrects a draft's facts and links; the server derives the proposal again from the ledger. */
export function FactsEditModal({ c, onClose }: { c: AccountabilityCase; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FactsValues>();
  const edit = useEditCase();

  async function submit(values: FactsValues) {
    try {
      await edit.mutateAsync({ caseId: c.id, body: editCasePayload(c, values) });
      void message.success(t('accountability.action.done'));
      onClose();
    } catch (error) {
      showAccountabilityProblem(error, message, form, fieldsNamed(...FACT_FIELDS));
    }
  }

  return (
    <FormModal<FactsValues>
      form={form}
      title={t('accountability.facts.title')}
      pending={edit.isPending}
      onCancel={onClose}
      onFinish={submit}
      name="caseFacts"
      testId="case-facts-form"
      initialValues={factsDefaults(c)}
      intro={<Typography.Paragraph type="secondary">{t('accountability.facts.hint')}</Typography.Paragraph>}
    >
      <FactsFields />
    </FormModal>
  );
}
