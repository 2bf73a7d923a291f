export interface PeopleListParams {
  q?: string;
  organization?: number;
  under?: number;
  active?: boolean;
  page?: number;
  size?: number;
}

export const personKeys = {
  all: ['people'] as const,
  lists: () => [...personKeys.all, 'list'] as const,
  list: (params: PeopleListParams) => [...personKeys.lists(), params] as const,
  detail: (id: number) => [...personKeys.all, 'detail', id] as const,
};
