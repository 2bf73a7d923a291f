import { useCase } from '../api/cases';

export function CaseCrumb({ id }: { id: number }) {
  const { data } = useCase(Number.isSafeInteger(id) ? id : undefined);
  return <>{data?.title ?? `#${id}`}</>;
}
