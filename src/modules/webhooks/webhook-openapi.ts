import { EVENT_CATALOGUE, EVENT_TYPES } from './event-catalogue.js';

/** The classes whose schemas the `webhooks` section references (registered as extra models). */
export const WEBHOOK_EVENT_MODELS = EVENT_TYPES.map((type) => EVENT_CATALOGUE[type].data);

const header = (name: string, description: string, example: string) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string' },
  example,
});

/** OpenAPI 3.1 `webhooks`: one POST per event type, the Standard Webhooks headers, and the event's schema. */
export function webhooksSection(): Record<string, unknown> {
  return Object.fromEntries(
    EVENT_TYPES.map((type) => {
      const { summary, data } = EVENT_CATALOGUE[type];
      return [
        type,
        {
          post: {
            operationId: `webhook_${type.replace('.', '_')}`,
            summary,
            tags: ['webhooks'],
            parameters: [
              header('webhook-id', 'Event id; the same on every retry (deduplicate on it)', 'msg_2b7f0c…'),
              header('webhook-timestamp', 'Unix seconds when this attempt was signed', '1795300000'),
              header(
                'webhook-signature',
                'Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; two during a secret rotation',
                'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
              ),
            ],
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['type', 'timestamp', 'data'],
                    properties: {
                      type: { type: 'string', const: type },
                      timestamp: { type: 'string', format: 'date-time' },
                      data: { $ref: `#/components/schemas/${data.name}` },
                    },
                  },
                },
              },
            },
            responses: {
              '2XX': { description: 'Received. Any other answer, or none within 15 s, is retried.' },
            },
          },
        },
      ];
    }),
  );
}
