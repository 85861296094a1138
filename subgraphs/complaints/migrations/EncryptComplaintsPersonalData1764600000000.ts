import { TableColumn, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { personalDataCipher } from '../../kit/crypto/personalData';
import { columnsFor } from '../../kit/data/columns';
import { canonicalSubmission } from '../inputs/validateSubmitComplaint';
import { contentDigest, sha256Hex } from '../tokens/complaintTokens';

type Row = Record<string, unknown>;
type Values = Record<string, string | null>;

interface TableRewrite {
  table: string;
  /**
   * Columns whose type changes. TypeORM changes a column's type on MySQL by dropping and re-adding
   * it (losing its values), so each goes through a staging column: add it, fill it, drop the old
   * one, rename the staging column.
   */
  retyped: TableColumnOptions[];
  /** A row's new values by column: retyped columns and columns rewritten in place. */
  rewrite: (row: Row) => Values;
}

const staged = (column: string) => `${column}Staged`;

function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`${column} of row ${String(row.id)} is not text`);
  return value;
}

function optionalText(row: Row, column: string): string | null {
  return row[column] === null ? null : text(row, column);
}

function stringList(json: string): string[] {
  const list: unknown = JSON.parse(json);
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) throw new Error('a stored list of strings is not one');
  return list;
}

/** A complaint's personal data in clear. */
interface ClearComplaint {
  complainantName: string;
  complainantPhone: string | null;
  complainantEmail: string | null;
  subjectName: string;
  /** JSON, as stored before. */
  subjectIdentifiers: string;
}

/** The canonical content (canonicalSubmission) of a complaint row, with its personal data in clear. */
function canonicalContentOf(row: Row, clear: ClearComplaint): string {
  return canonicalSubmission({
    category: text(row, 'category'),
    region: text(row, 'region'),
    uscc: optionalText(row, 'uscc'),
    subjectName: clear.subjectName,
    subjectIdentifiers: stringList(clear.subjectIdentifiers),
    content: text(row, 'content'),
    complainant: { name: clear.complainantName, phone: clear.complainantPhone, email: clear.complainantEmail },
  });
}

async function rewriteTable(queryRunner: QueryRunner, { table, retyped: toRetype, rewrite }: TableRewrite, retype = true): Promise<void> {
  const escape = (name: string) => queryRunner.connection.driver.escape(name);
  const retyped = retype ? toRetype : [];
  const retypedNames = new Set(retyped.map((column) => column.name));
  for (const column of retyped) {
    await queryRunner.addColumn(table, new TableColumn({ ...column, name: staged(column.name), isNullable: true }));
  }
  const rows: Row[] = await queryRunner.query(`SELECT * FROM ${escape(table)}`);
  for (const row of rows) {
    const values = Object.entries(rewrite(row)).map(([column, value]) => [retypedNames.has(column) ? staged(column) : column, value] as const);
    await queryRunner.query(
      `UPDATE ${escape(table)} SET ${values.map(([column]) => `${escape(column)} = ?`).join(', ')} WHERE ${escape('id')} = ?`,
      [...values.map(([, value]) => value), row.id],
    );
  }
  for (const column of retyped) {
    await queryRunner.dropColumn(table, column.name);
    await queryRunner.changeColumn(table, staged(column.name), new TableColumn(column));
  }
}

/**
 * Personal data in complaints is stored encrypted from now on (docs/authorization.md): the
 * complainant's name, phone and e-mail, and the subject's name and identifiers of complaints and
 * impersonation clues (a subject without a USCC may be a person). Ciphertext is longer than the
 * columns were, so they become `text`; the values already stored are encrypted; and the content
 * hash that tells a retry from other content becomes keyed, so it no longer lets anyone reading
 * the table confirm a guessed phone number or name.
 */
export class EncryptComplaintsPersonalData1764600000000 implements MigrationInterface {
  name = 'EncryptComplaintsPersonalData1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    const cipher = personalDataCipher();
    const encrypt = (value: string) => cipher.encrypt(value);
    const encryptOptional = (value: string | null) => (value === null ? null : encrypt(value));
    await rewriteTable(queryRunner, {
      table: 'complaint',
      retyped: [c.text('complainantName'), c.text('complainantPhone', true), c.text('complainantEmail', true), c.text('subjectName')],
      rewrite: (row) => {
        const clear: ClearComplaint = {
          complainantName: text(row, 'complainantName'),
          complainantPhone: optionalText(row, 'complainantPhone'),
          complainantEmail: optionalText(row, 'complainantEmail'),
          subjectName: text(row, 'subjectName'),
          subjectIdentifiers: text(row, 'subjectIdentifiers'),
        };
        return {
          complainantName: encrypt(clear.complainantName),
          complainantPhone: encryptOptional(clear.complainantPhone),
          complainantEmail: encryptOptional(clear.complainantEmail),
          subjectName: encrypt(clear.subjectName),
          subjectIdentifiers: encrypt(clear.subjectIdentifiers),
          contentHash: contentDigest(canonicalContentOf(row, clear)),
        };
      },
    });
    await rewriteTable(queryRunner, {
      table: 'impersonation_clue',
      retyped: [c.text('subjectName')],
      rewrite: (row) => ({ subjectName: encrypt(text(row, 'subjectName')), subjectIdentifiers: encrypt(text(row, 'subjectIdentifiers')) }),
    });
  }

  /**
   * On SQLite the columns keep the type `text`: SQLite does not enforce a declared length, and
   * TypeORM reverts in a transaction, inside which SQLite cannot switch foreign keys off to
   * rebuild a table that others refer to.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    const retype = queryRunner.connection.options.type === 'mysql';
    const cipher = personalDataCipher();
    const decrypt = (value: string) => cipher.decrypt(value);
    const decryptOptional = (value: string | null) => (value === null ? null : decrypt(value));
    await rewriteTable(queryRunner, {
      table: 'complaint',
      retyped: [c.string('complainantName', 100), c.string('complainantPhone', 32, true), c.string('complainantEmail', 254, true), c.string('subjectName', 200)],
      rewrite: (row) => {
        const clear: ClearComplaint = {
          complainantName: decrypt(text(row, 'complainantName')),
          complainantPhone: decryptOptional(optionalText(row, 'complainantPhone')),
          complainantEmail: decryptOptional(optionalText(row, 'complainantEmail')),
          subjectName: decrypt(text(row, 'subjectName')),
          subjectIdentifiers: decrypt(text(row, 'subjectIdentifiers')),
        };
        return { ...clear, contentHash: sha256Hex(canonicalContentOf(row, clear)) };
      },
    }, retype);
    await rewriteTable(queryRunner, {
      table: 'impersonation_clue',
      retyped: [c.string('subjectName', 200)],
      rewrite: (row) => ({ subjectName: decrypt(text(row, 'subjectName')), subjectIdentifiers: decrypt(text(row, 'subjectIdentifiers')) }),
    }, retype);
  }
}
