export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  list: (limit: number) => [...notificationKeys.all, 'list', limit] as const,
};
