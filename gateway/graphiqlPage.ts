/** What GraphiQL opens with: a regulator's cross-agency question about one market entity. */
export const graphiqlDefaultQuery = `# One question across the four agencies: registration, disclosure and commitment
# (institutions), dishonesty records (records), repair cases (repair), complaints (complaints).
# The demo data's 湖南诚信征信服务有限公司 is 91430102MA4L0A001P; its impersonator
# 深圳速信信用修复咨询有限公司 (not registered) is 91440305MA5F0J009D.
# Records, repairs and complaints need a role: run  npm run -s token -- --demo national  and put
# {"Authorization": "Bearer <token>"} under Headers below. Without a token you are the public.
# A region's ledger as Annex 1, with the same token: GET /exports/ledger.xlsx?region=430102
# (or /exports/ledger.csv; &period=2021-06 for a past month; ?report=<id> for a submitted monthly
# report), e.g. with curl -OJ -H "Authorization: …".
query Entity($uscc: USCC! = "91430102MA4L0A001P") {
  marketEntity(uscc: $uscc) {
    institution {
      name region businessStatus
      disclosure { version products { name feeStandards { item priceYuan unit } } }
      commitment { published current }
    }
    dishonestyRecords(first: 10) {
      totalCount
      nodes {
        kind status authority documentNumber decidedAt
        repair { status decisionDueAt confirmationRequests { authority caseNumber kind status } }
      }
    }
    complaints(first: 10) { totalCount nodes { trackingNumber category status } }
    allCluesSentOn
  }
}
`;

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
      ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(graphiqlDefaultQuery).replace(/</g, '\\u003c')} }));
    </script>
  </body>
</html>
`;
