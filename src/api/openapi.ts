/** The OpenAPI 3.1 description served at /openapi.json; the record schema is referenced, not copied. */
const problem = {
  description: 'An error',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const query = (name: string, description: string, format?: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: format ? { type: 'string', format } : { type: 'string' },
});
const eventFilters = [
  query('actor', 'source or target: a name, lemma, Wikidata id or entity key'),
  query('country', 'source or target country, ISO 3166 alpha-3'),
  query('type', 'event type, e.g. CONSULT'),
  query('since', 'first day, inclusive', 'date'),
  query('until', 'last day, inclusive', 'date'),
  query('q', 'words the article contains, in any inflected form'),
];
const documentBody = {
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string' },
          url: { type: 'string' },
          title: { type: 'string' },
          published: { type: 'string', format: 'date' },
          lang: { type: 'string', enum: ['auto', 'ru', 'uk', 'en'] },
        },
      },
    },
  },
};
const record = { $ref: '#/components/schemas/DocumentRecord' };

export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: { title: 'dyad', version, description: 'Event data from news: who did what to whom, and when.' },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'the DYAD_TOKEN of the server' },
      },
      schemas: {
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
          },
        },
        DocumentRecord: {
          description: 'The record of `dyad extract`: schema/document.schema.json in the dyad package',
          type: 'object',
        },
        StoredEvent: {
          description: 'An event record with id, document, actor keys and source counts',
          type: 'object',
        },
      },
    },
    paths: {
      '/documents': {
        post: {
          summary: 'Extract events from a document and store it (idempotent by text)',
          security: [{ bearer: [] }],
          requestBody: documentBody,
          responses: {
            201: json(record, 'Stored'),
            200: json(record, 'Already stored'),
            401: problem,
            403: problem,
            413: problem,
            422: problem,
          },
        },
      },
      '/extract': {
        post: {
          summary: 'Extract events without storing',
          requestBody: documentBody,
          responses: { 200: json(record, 'The record'), 413: problem, 422: problem },
        },
      },
      '/documents/{id}': {
        get: {
          summary: 'A stored document record',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json(record, 'The record'), 404: problem },
        },
      },
      '/events': {
        get: {
          summary: 'Stored events, newest first, one per reported event',
          parameters: [
            ...eventFilters,
            query('cursor', 'the next value of the previous page'),
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
            },
          ],
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  events: { type: 'array', items: { $ref: '#/components/schemas/StoredEvent' } },
                  next: { type: ['string', 'null'] },
                },
              },
              'A page',
            ),
            400: problem,
          },
        },
      },
      '/entities': {
        get: {
          summary: 'Stored actors by the number of documents mentioning them',
          parameters: [
            query('q', 'part of a name or lemma'),
            query('label', 'PER, ORG or LOC'),
            query('country', 'ISO alpha-3'),
          ],
          responses: { 200: json({ type: 'object' }, 'Entities'), 400: problem },
        },
      },
      '/dyads/{a}/{b}': {
        get: {
          summary: 'Events between two actors, either direction, with Goldstein sums per day',
          parameters: [
            { name: 'a', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'b', in: 'path', required: true, schema: { type: 'string' } },
            ...eventFilters,
          ],
          responses: { 200: json({ type: 'object' }, 'The dyad') },
        },
      },
    },
  };
}
