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
  {
    name: 'side',
    in: 'query',
    required: false,
    description: 'with actor: only events where it is the source, or the target',
    schema: { type: 'string', enum: ['source', 'target'] },
  },
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
        EventPage: {
          type: 'object',
          properties: {
            events: { type: 'array', items: { $ref: '#/components/schemas/StoredEvent' } },
            next: { type: ['string', 'null'] },
          },
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
      '/events/export': {
        get: {
          summary: 'Every event matching the filters as one download (the formats of dyad export)',
          parameters: [
            {
              name: 'format',
              in: 'query',
              schema: { type: 'string', enum: ['csv', 'jsonl'], default: 'csv' },
            },
            ...eventFilters,
          ],
          responses: {
            200: {
              description: 'The events, streamed',
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/x-ndjson': { schema: { type: 'string' } },
              },
            },
            400: problem,
          },
        },
      },
      '/actors/{actor}': {
        get: {
          summary:
            'An actor: its knowledge-base entry and offices with dates, roles seen in articles, its latest events as source and as target',
          parameters: [
            {
              name: 'actor',
              in: 'path',
              required: true,
              description: 'entity key, Wikidata id, knowledge-base id or name',
              schema: { type: 'string' },
            },
            {
              name: 'limit',
              in: 'query',
              description: 'events per side',
              schema: { type: 'integer', minimum: 1, maximum: 1000, default: 50 },
            },
          ],
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  actor: { description: 'the stored entity, or null', type: ['object', 'null'] },
                  kb: {
                    description: 'the knowledge-base entry with roles and office-holders, or null',
                    type: ['object', 'null'],
                  },
                  rolesInText: { type: 'array', items: { type: 'object' } },
                  asSource: { $ref: '#/components/schemas/EventPage' },
                  asTarget: { $ref: '#/components/schemas/EventPage' },
                },
              },
              'The actor',
            ),
            400: problem,
            404: problem,
          },
        },
      },
      '/network': {
        get: {
          summary:
            'Actors as nodes and the events of each actor pair (one direction) as edges, busiest first',
          parameters: [
            ...eventFilters,
            {
              name: 'limit',
              in: 'query',
              description: 'edges',
              schema: { type: 'integer', minimum: 1, maximum: 1000, default: 150 },
            },
          ],
          responses: {
            200: json(
              {
                type: 'object',
                properties: {
                  nodes: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        key: { type: 'string' },
                        name: { type: 'string' },
                        country: { type: ['string', 'null'] },
                        label: { type: ['string', 'null'] },
                        events: { type: 'integer' },
                      },
                    },
                  },
                  edges: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        source: { type: 'string' },
                        target: { type: 'string' },
                        events: { type: 'integer' },
                        goldstein: { type: 'number' },
                        cooperative: {
                          type: 'integer',
                          description: 'events with a positive Goldstein score',
                        },
                        conflictual: {
                          type: 'integer',
                          description: 'events with a negative Goldstein score',
                        },
                      },
                    },
                  },
                },
              },
              'The network',
            ),
            400: problem,
          },
        },
      },
      '/ui/': {
        get: {
          summary: 'The web UI (HTML); a browser asking for / is redirected here',
          responses: {
            200: { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } },
            404: problem,
          },
        },
      },
    },
  };
}
