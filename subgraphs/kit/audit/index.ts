export * from './AuditEntryEntity';
export * from './auditLogQuery';
export * from './createPersonalDataReadLog';
export * from './CreateAuditLog1764500000000';
export * from './recordAudit';
