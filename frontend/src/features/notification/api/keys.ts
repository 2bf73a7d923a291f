export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  list: (limit: number, unreadOnly = false) => [...notificationKeys.all, 'list', limit, unreadOnly] as const,
};
