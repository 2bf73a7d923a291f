import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageSpin } from '@/components/PageSpin';
import { QueryError } from '@/components/QueryError';
import { useAccess } from '@/features/me';
import { ApiProblem } from '@/lib/problem';
import { usePerson } from '../api/get-person';
import { MembershipEditor } from '../components/MembershipEditor';
import { PersonForm } from '../components/PersonForm';

export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card title={t('person.form.createTitle')}>
      <PersonForm onSaved={(saved) => navigate(`/people/${saved.id}`, { replace: true })} />
    </Card>
  );
}

export default function PersonPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const personId = Number(id);
  const valid = Number.isSafeInteger(personId) && personId > 0;
  const person = usePerson(valid ? personId : undefined);
  const access = useAccess();
  const readOnly = !access.canManagePeople;

  if (!valid) return <QueryError error={new ApiProblem({ status: 404 })} />;
  if (person.isPending) return <PageSpin />;
  if (person.isError) return <QueryError error={person.error} onRetry={() => void person.refetch()} />;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card title={`${t('person.form.editTitle')} · ${person.data.name}`}>
          <PersonForm person={person.data} readOnly={readOnly} onSaved={() => undefined} />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('person.membership.title')}>
          <MembershipEditor person={person.data} readOnly={readOnly} />
        </Card>
      </Col>
    </Row>
  );
}
