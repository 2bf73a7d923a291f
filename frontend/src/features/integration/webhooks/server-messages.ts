import { i18n } from '@/lib/i18n';
import { ApiProblem, isApiProblem } from '@/lib/problem';

/** The webhook checks' field messages (WebhookUrlPolicy, WebhookSubscriptions), in the user's language. */
const PATTERNS: [RegExp, string][] = [
  [/^must use https$/, 'https'],
  [/^must name a public host/, 'publicHost'],
  [/^must not point to a loopback, private or link-local address$/, 'privateAddress'],
  [/^must be an absolute URL/, 'absoluteUrl'],
  [/^has an invalid address$/, 'invalidAddress'],
  [/^must be an event type such as/, 'eventType'],
];

function translate(message: string): string {
  const match = PATTERNS.find(([pattern]) => pattern.test(message));
  return match ? i18n.t(`integration.serverMessage.${match[1]}`, { defaultValue: message }) : message;
}

/** The same problem with the webhook field messages translated; any other error as it is. */
export function localizeProblem(error: unknown): unknown {
  if (!isApiProblem(error)) return error;
  return new ApiProblem({
    status: error.status,
    type: error.type,
    title: error.title,
    detail: error.detail,
    errors: error.errors.map((fieldError) => ({ ...fieldError, message: translate(fieldError.message) })),
  });
}
