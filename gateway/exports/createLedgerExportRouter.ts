import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { annex1DateLine, annex1Rows, annex1Title } from '../../subgraphs/kit/ledger';
import type { BearerVerifier } from '../auth/createBearerVerifier';
import type { GatewayContext } from '../auth/gatewayContext';
import type { Logger } from '../Logger';
import { annex1Csv } from './annex1Csv';
import { annex1Workbook } from './annex1Workbook';
import { attachmentDisposition } from './attachmentDisposition';
import { ExportRefusal, statusOfCode } from './ExportRefusal';
import { fetchAnnex1Entries } from './fetchAnnex1Entries';
import { readLedgerExportParams } from './readLedgerExportParams';

export interface LedgerExportOptions {
  server: ApolloServer<GatewayContext>;
  bearerVerifier: BearerVerifier;
  logger: Logger;
  now: () => Date;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Format = 'xlsx' | 'csv';

function refusalOf(error: unknown): ExportRefusal | null {
  if (error instanceof ExportRefusal) return error;
  // The bearer verifier's refusals are GraphQL errors carrying their code (UNAUTHENTICATED, 401).
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    return new ExportRefusal(statusOfCode(error.extensions.code), error.extensions.code, error.message);
  }
  return null;
}

/**
 * GET /exports/ledger.xlsx and /exports/ledger.csv?region=430100[&period=2021-06]: a region's
 * governance ledger in Annex 1's layout, authorized as the GraphQL question is (the same bearer
 * token, the same subgraph checks), since it is that question asked in-process as the caller.
 */
export function createLedgerExportRouter({ server, bearerVerifier, logger, now }: LedgerExportOptions): Router {
  const exportLedger = (format: Format) => async (req: Request, res: Response) => {
    try {
      const context: GatewayContext = {
        identity: await bearerVerifier.identify(req.header('authorization'), req.ip),
        identityTokens: new Map<string, Promise<string>>(),
      };
      const params = readLedgerExportParams(req.query, now());
      const entries = await fetchAnnex1Entries(server, context, params.region.code, params.period);
      const rows = annex1Rows(entries);
      const title = annex1Title(params.region.title);
      const name = `${title}_${params.region.code}_${params.period ?? params.date}.${format}`;
      const fallback = `ledger_${params.region.code}_${params.period ?? params.date}.${format}`;
      res.setHeader('Content-Disposition', attachmentDisposition(name, fallback));
      res.setHeader('Cache-Control', 'no-store');
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8').send(await annex1Csv(rows));
        return;
      }
      res.type(XLSX);
      await annex1Workbook({ title, dateLine: annex1DateLine(params.date), rows }).xlsx.write(res);
      res.end();
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) logger.error('ledger export failed', error);
      const answer = refusal ?? new ExportRefusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      // The workbook is written only once every page was read: a failure after that is the connection's.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.removeHeader('Content-Disposition');
      if (answer.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
      res.status(answer.status).json(answer.toJSON());
    }
  };
  const router = Router();
  router.get('/exports/ledger.xlsx', exportLedger('xlsx'));
  router.get('/exports/ledger.csv', exportLedger('csv'));
  return router;
}
