import { useParams } from 'react-router';

export function usePublicationIdParam(): number | undefined {
  const { id } = useParams();
  const value = Number(id);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
