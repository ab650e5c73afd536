import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The import-boundary findings for one line of code placed at a path of the repository. */
async function boundaryFindings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'schoolbridge/no-relative-cross-package').map((m) => m.message);
}

describe('ESLint import boundaries (ARCHITECTURE §1)', () => {
  it('forbids deep imports into another package', async () => {
    expect(await boundaryFindings('apps/api/src/x.ts', "import { x } from '@schoolbridge/core/src/platform/config.js';")).toEqual([
      expect.stringContaining('never its src/ or dist/'),
    ]);
    expect(await boundaryFindings('apps/api/src/x.ts', "import { x } from '@schoolbridge/shared/dist/money.js';")).toEqual([
      expect.stringContaining('never its src/ or dist/'),
    ]);
    expect(await boundaryFindings('plugins/food-safety/src/x.ts', "import { x } from '@schoolbridge/core/platform';")).toEqual([
      expect.stringContaining('never a deep path into it'),
    ]);
    expect(await boundaryFindings('apps/api/src/x.ts', "import { x } from '../../../packages/core/src/index.js';")).toEqual([
      'Relative import reaches into packages/core: import its package entry instead (ARCHITECTURE §1).',
    ]);
    expect(await boundaryFindings('packages/core/test/x.test.ts', "import { x } from '../../shared/src/money.js';")).toEqual([
      expect.stringContaining('reaches into packages/shared'),
    ]);
  });

  it('allows public entries, the test harness and relative imports inside a package', async () => {
    expect(await boundaryFindings('apps/api/test/x.test.ts', "import { x } from '@schoolbridge/core/testing';")).toEqual([]);
    expect(await boundaryFindings('apps/api/src/x.ts', "import { x } from '@schoolbridge/core';")).toEqual([]);
    expect(await boundaryFindings('packages/core/src/platform/seed/x.ts', "import { x } from '../plugins/extension-points.js';")).toEqual([]);
    expect(await boundaryFindings('packages/core/test/platform/x.test.ts', "import { x } from '../../src/testing/index.js';")).toEqual([]);
  });

  it('forbids packages/core from importing any plugin', async () => {
    expect(await boundaryFindings('packages/core/src/platform/x.ts', "import { x } from '@schoolbridge/plugin-food-safety';")).toEqual([
      expect.stringContaining('packages/core never imports a plugin'),
    ]);
    expect(await boundaryFindings('packages/core/src/platform/x.ts', "import { x } from '@schoolbridge/food-safety';")).toEqual([
      expect.stringContaining('packages/core never imports a plugin'),
    ]);
    expect(await boundaryFindings('packages/core/src/platform/x.ts', "import { x } from '../../../../plugins/food-safety/src/index.js';")).toEqual([
      'packages/core never imports a plugin (plugins/food-safety): plugins depend on core, not the other way (ARCHITECTURE §1).',
    ]);
    expect(await boundaryFindings('packages/core/src/platform/x.ts', "import { x } from '@schoolbridge/ui';")).toEqual([
      expect.stringContaining('imports only @schoolbridge/shared'),
    ]);
    // each import is reported once, with the message that fits it best
    expect(await boundaryFindings('packages/core/src/platform/x.ts', "import { x } from '@schoolbridge/plugin-food-safety/src/server/index.js';")).toEqual([
      expect.stringContaining('packages/core never imports a plugin'),
    ]);
    expect(await boundaryFindings('packages/core/src/platform/x.ts', "import { x } from '@schoolbridge/ui/src/index.js';")).toEqual([
      expect.stringContaining('never its src/ or dist/'),
    ]);
    // the same import is fine from an app
    expect(await boundaryFindings('apps/api/src/x.ts', "import { x } from '@schoolbridge/plugin-food-safety';")).toEqual([]);
  });

  it('keeps Nest, TypeORM and React out of packages/shared', async () => {
    expect(await boundaryFindings('packages/shared/src/x.ts', "import { x } from '@nestjs/common';")).toEqual([expect.stringContaining('no Nest or TypeORM')]);
    expect(await boundaryFindings('packages/shared/src/x.ts', "import { x } from 'typeorm';")).toEqual([expect.stringContaining('no Nest or TypeORM')]);
    expect(await boundaryFindings('packages/shared/src/x.ts', "import x from 'react';")).toEqual([expect.stringContaining('no React')]);
    expect(await boundaryFindings('packages/core/src/x.ts', "import { x } from '@nestjs/common';")).toEqual([]);
  });
});
