import { describe, expect, it } from 'vitest';
import { clientFactoryName, filterPluginPaths, findPluginDefinition, parsePluginClientArgs, type OpenApiDocument } from '../scripts/plugin-client.js';

const problem = { $ref: '#/components/schemas/Problem' };
const errors = { default: { description: 'Error', content: { 'application/problem+json': { schema: problem } } } };

/** A small API: core routes, a plugin `food` with nested and shared types, and a plugin `food-safety` whose id starts the same. */
function document(): OpenApiDocument {
  return {
    openapi: '3.0.0',
    info: { title: 'SchoolBridge API', version: '0.1.0' },
    tags: [{ name: 'auth' }],
    paths: {
      '/api/auth/login': {
        post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/LoginDto' } } } }, responses: errors },
      },
      '/api/food': {
        get: {
          responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/FoodSummary' } } } }, ...errors },
        },
      },
      '/api/food/meals/{id}': {
        get: {
          responses: {
            200: { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Meal' } } } } },
            ...errors,
          },
        },
      },
      '/api/food-safety/canteens': {
        get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Canteen' } } } } } },
      },
    },
    components: {
      schemas: {
        LoginDto: { type: 'object', properties: { username: { type: 'string' } } },
        FoodSummary: { type: 'object', properties: { latest: { $ref: '#/components/schemas/Meal' } } },
        Meal: {
          type: 'object',
          properties: { dishes: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Dish' }] } }, next: { $ref: '#/components/schemas/Meal' } },
        },
        Dish: { type: 'object', properties: { name: { type: 'string' } } },
        Canteen: { type: 'object' },
        Problem: { type: 'object', properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/ProblemFieldError' } } } },
        ProblemFieldError: { type: 'object' },
        Unused: { type: 'object' },
      },
      securitySchemes: { cookie: { type: 'apiKey', in: 'cookie', name: 'sb_session' } },
    },
  };
}

describe('filterPluginPaths', () => {
  it('keeps the plugin’s own paths, not the core’s nor another plugin’s whose id starts the same', () => {
    const own = filterPluginPaths(document(), 'food');
    expect(Object.keys(own.paths)).toEqual(['/api/food', '/api/food/meals/{id}']);
    expect(Object.keys(filterPluginPaths(document(), 'food-safety').paths)).toEqual(['/api/food-safety/canteens']);
  });

  it('keeps the schemas the paths reference, through other schemas and cycles, and nothing else', () => {
    const own = filterPluginPaths(document(), 'food');
    expect(Object.keys(own.components!.schemas!).sort()).toEqual(['Dish', 'FoodSummary', 'Meal', 'Problem', 'ProblemFieldError']);
    expect(own.components!.securitySchemes).toBeUndefined();
    expect(own.components!.schemas!.Meal).toEqual(document().components!.schemas!.Meal);
    expect(own).not.toHaveProperty('tags');
    expect(own.info).toEqual({ title: 'SchoolBridge plugin food', version: '0.1.0' });
    // A plugin without errors documented references only its own type.
    expect(Object.keys(filterPluginPaths(document(), 'food-safety').components!.schemas!)).toEqual(['Canteen']);
  });

  it('leaves the document it was given as it was', () => {
    const doc = document();
    const before = JSON.stringify(doc);
    filterPluginPaths(doc, 'food');
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('answers no paths for an id with no routes, and fails on a reference to nothing', () => {
    expect(filterPluginPaths(document(), 'nutrition')).toEqual({
      openapi: '3.0.0',
      info: { title: 'SchoolBridge plugin nutrition', version: '0.1.0' },
      paths: {},
    });
    const broken = document();
    broken.paths['/api/food/x'] = {
      get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } } } },
    };
    expect(() => filterPluginPaths(broken, 'food')).toThrow('#/components/schemas/Missing');
  });
});

describe('the command’s pieces', () => {
  it('names the factory after the id', () => {
    expect(clientFactoryName('food-safety')).toBe('createFoodSafetyClient');
    expect(clientFactoryName('nutrition')).toBe('createNutritionClient');
    expect(clientFactoryName('test-plugin')).toBe('createTestPluginClient');
  });

  it('reads --plugin, --id and --out, and refuses anything else', () => {
    expect(parsePluginClientArgs(['--plugin', 'plugins/food-safety', '--id', 'food-safety'])).toEqual({ plugin: 'plugins/food-safety', id: 'food-safety' });
    expect(parsePluginClientArgs(['--plugin=plugins/x', '--out=/tmp/x'])).toEqual({ plugin: 'plugins/x', out: '/tmp/x' });
    expect(() => parsePluginClientArgs([])).toThrow('--plugin');
    expect(() => parsePluginClientArgs(['--plugin'])).toThrow('--plugin needs a value');
    expect(() => parsePluginClientArgs(['--plugin', 'x', '--force'])).toThrow('unknown argument "--force"');
  });

  it('picks the definePlugin export of an entry module', () => {
    const a = { id: 'a', kind: 'plugin' };
    const b = { id: 'b', kind: 'plugin' };
    expect(findPluginDefinition({ a, helper: () => 1, AModule: class {} })).toBe(a);
    expect(findPluginDefinition({ default: a, a })).toBe(a);
    expect(findPluginDefinition({ a, b }, 'b')).toBe(b);
    expect(() => findPluginDefinition({ a, b })).toThrow('several plugins ("a", "b"): choose one with --id');
    expect(() => findPluginDefinition({ a }, 'c')).toThrow('no plugin "c"');
    expect(() => findPluginDefinition({ notAPlugin: { id: 'x' } })).toThrow('no plugin made with definePlugin');
  });
});
