import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Vite names the files under assets/ by their content hash: a changed file gets a new name. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** index.html (and other unhashed files) are revalidated on every load, so a new build shows at once. */
export const PAGE_CACHE_CONTROL = 'no-cache';

/** What `/` answers while the admin has not been built: a plain page, not an error. */
export const ADMIN_NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SchoolBridge：管理界面尚未构建 / The admin is not built</title>
<style>
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1f1f1f; line-height: 1.6; }
h1 { font-size: 1.4rem; }
code { background: #f0f0f0; padding: 0.1rem 0.3rem; border-radius: 3px; }
a { color: #0958d9; }
</style>
</head>
<body>
<main>
<h1>管理界面尚未构建</h1>
<p>SchoolBridge 的接口已在运行，但找不到管理界面的构建结果（<code>apps/admin/dist</code>）。在项目目录运行 <code>npm start</code>（会先构建管理界面），或运行 <code>npm run build</code> 后重新启动；也可以用环境变量 <code>ADMIN_DIST</code> 指定构建结果所在的文件夹。</p>
<p>接口文档：<a href="/api/docs">/api/docs</a></p>
<h1 lang="en">The admin is not built</h1>
<p lang="en">The SchoolBridge API is running, but the admin's build (<code>apps/admin/dist</code>) was not found. Run <code>npm start</code> in the project folder (it builds the admin first), or <code>npm run build</code> and start again; <code>ADMIN_DIST</code> names another folder holding the build.</p>
<p lang="en">API documentation: <a href="/api/docs">/api/docs</a></p>
</main>
</body>
</html>
`;

function isApiPath(p: string): boolean {
  return p === '/api' || p.startsWith('/api/');
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built admin (ARCHITECTURE §6) at `/`: files of the build as they are (hashed assets
 * cached for a year, the rest revalidated), and `index.html` for every other GET outside `/api`,
 * so deep links such as `/figures?period=2026` open the page they name. `/api/...` paths the API
 * does not know still get its problem+json 404, as do missing assets (a stale hashed name must
 * fail as a script would, not load a page). Paths that climb out of the folder or name dotfiles
 * are refused the same way. Without a build, pages answer a short bilingual note on how to build.
 */
export async function registerAdminStatic(fastify: FastifyInstance, adminDist: string): Promise<void> {
  const root = path.resolve(adminDist);
  const index = path.join(root, 'index.html');
  await fastify.register(async (scope) => {
    // serve: false: only reply.sendFile (ETag, Last-Modified, ranges, content types); the routing is ours.
    await scope.register(fastifyStatic, { root, serve: false, suppressWarning: true });

    const sendIndex = async (reply: FastifyReply) => {
      if (!(await isFile(index))) {
        return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(ADMIN_NOT_BUILT_PAGE);
      }
      return reply.header('cache-control', PAGE_CACHE_CONTROL).sendFile('index.html', root, { cacheControl: false });
    };

    scope.get('/*', async (req: FastifyRequest, reply: FastifyReply) => {
      const rawPath = req.url.split('?')[0]!;
      let decoded: string;
      try {
        decoded = decodeURIComponent(rawPath);
      } catch {
        return reply.callNotFound();
      }
      if (isApiPath(decoded) || isApiPath(rawPath)) return reply.callNotFound();
      const segments = decoded.split('/').filter(Boolean);
      // '..', dotfiles, back-slashes and NUL never name a file of the build.
      if (segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return reply.callNotFound();
      const rel = segments.join('/');
      if (rel === '' || rel === 'index.html') return sendIndex(reply);
      const file = path.join(root, rel);
      if (!file.startsWith(root + path.sep)) return reply.callNotFound();
      if (await isFile(file)) {
        return reply.header('cache-control', rel.startsWith('assets/') ? ASSET_CACHE_CONTROL : PAGE_CACHE_CONTROL).sendFile(rel, root, { cacheControl: false });
      }
      if (segments[0] === 'assets') return reply.callNotFound();
      return sendIndex(reply);
    });
  });
}
