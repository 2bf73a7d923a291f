export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  list: (limit: number, unreadOnly = false) => [...notificationKeys.all, 'list', limit, unreadOnly] as const,
  /** Under `all`: whatever refreshes the bell (a review, a mark-read) refreshes the menu's badges too. */
  counts: () => [...notificationKeys.all, 'counts'] as const,
};
