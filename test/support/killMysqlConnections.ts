import type { Connection, RowDataPacket } from 'mysql2/promise';

/** Kills every connection open on `database` (a pool's, as a server restart would); one gone meanwhile is no error. Returns how many it found. */
export async function killMysqlConnections(admin: Connection, database: string): Promise<number> {
  const [rows] = await admin.query<RowDataPacket[]>('SELECT id FROM information_schema.PROCESSLIST WHERE db = ?', [database]);
  for (const { id } of rows) {
    await admin.query('KILL ?', [Number(id)]).catch((error: { code?: string }) => {
      if (error.code !== 'ER_NO_SUCH_THREAD') throw error;
    });
  }
  return rows.length;
}
