/** GraphiQL's page: every script and style comes from this gateway (createGraphiqlRouter), none from a CDN. */
export const graphiqlPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Credit-service governance supergraph · GraphiQL</title>
    <style>
      body { margin: 0; }
      #graphiql { height: 100vh; }
    </style>
    <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css" />
    <script src="/graphiql/assets/react.production.min.js"></script>
    <script src="/graphiql/assets/react-dom.production.min.js"></script>
    <script src="/graphiql/assets/graphiql.min.js"></script>
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script>
      const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
      ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher }));
    </script>
  </body>
</html>
`;
