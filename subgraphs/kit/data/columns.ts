import { TableColumn, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Column builders for hand-written migrations, so that one set of migrations creates the same
 * schema on SQLite and MySQL. (MySQL databases are created with a binary collation, so codes
 * compare byte for byte as on SQLite.)
 */
export function columnsFor(queryRunner: QueryRunner) {
  const mysql = queryRunner.connection.options.type === 'mysql';
  const column = (options: TableColumnOptions): TableColumnOptions => options;
  return {
    id: (name = 'id') =>
      column({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
    integer: (name: string, nullable = false) => column({ name, type: 'integer', isNullable: nullable }),
    boolean: (name: string, defaultValue = false) =>
      column({ name, type: 'boolean', isNullable: false, default: defaultValue ? 1 : 0 }),
    code: (name: string, length: number, nullable = false) =>
      column({ name, type: 'varchar', length: String(length), isNullable: nullable }),
    string: (name: string, length = 255, nullable = false) =>
      column({ name, type: 'varchar', length: String(length), isNullable: nullable }),
    text: (name: string, nullable = false) => column({ name, type: 'text', isNullable: nullable }),
    json: (name: string, nullable = false) => column({ name, type: 'text', isNullable: nullable }),
    date: (name: string, nullable = false) => column({ name, type: 'date', isNullable: nullable }),
    dateTime: (name: string, nullable = false) =>
      column({ name, type: 'datetime', precision: mysql ? 3 : undefined, isNullable: nullable }),
    uscc: (name = 'uscc', nullable = false) => column({ name, type: 'varchar', length: '18', isNullable: nullable }),
    region: (name = 'region') => column({ name, type: 'varchar', length: '6', isNullable: false }),
  };
}

export { TableColumn };
