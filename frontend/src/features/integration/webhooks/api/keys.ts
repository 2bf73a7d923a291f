export const webhookKeys = {
  all: ['webhook-subscriptions'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
  detail: (id: number) => [...webhookKeys.all, 'detail', id] as const,
  deliveries: (id: number) => [...webhookKeys.all, 'deliveries', id] as const,
};

export function validId(id: number | undefined): id is number {
  return id !== undefined && Number.isSafeInteger(id) && id > 0;
}
