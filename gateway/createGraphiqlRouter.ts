import { dirname, join } from 'node:path';
import { Router, type Request } from 'express';
import { graphiqlPage } from './graphiqlPage';

/** react and react-dom export no subpaths, so their UMD builds are found next to package.json. */
function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

/** The files under /graphiql/assets/, by name; resolved at start-up, so a missing package fails early. */
function graphiqlAssets(): Map<string, string> {
  return new Map([
    ['react.production.min.js', packageFile('react', 'umd/react.production.min.js')],
    ['react-dom.production.min.js', packageFile('react-dom', 'umd/react-dom.production.min.js')],
    ['graphiql.min.js', require.resolve('graphiql/graphiql.min.js')],
    ['graphiql.min.css', require.resolve('graphiql/graphiql.min.css')],
  ]);
}

/** A browser asking for a page; GraphQL clients (and `Accept: *\/*`) prefer JSON. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * GraphiQL from the installed packages: the page at GET /graphiql and at GET /graphql for a
 * browser, its scripts and styles under /graphiql/assets/.
 */
export function createGraphiqlRouter(): Router {
  const assets = graphiqlAssets();
  const router = Router();
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(graphiqlPage);
  });
  router.get('/graphql', (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.type('html').send(graphiqlPage);
  });
  router.get('/graphiql/assets/:file', (req, res, next) => {
    const path = assets.get(req.params.file);
    if (!path) return next();
    res.sendFile(path, { maxAge: '1h' });
  });
  return router;
}
